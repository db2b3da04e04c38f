package io.potok.forms;

/**
 * Access to a form given to one member, every member of a role or department, or (all three null)
 * everyone in the organisation.
 */
public record FormGrant(Long memberId, Long roleId, Long departmentId, AccessLevel level) {

    public static FormGrant everyone(AccessLevel level) {
        return new FormGrant(null, null, null, level);
    }

    public static FormGrant member(long memberId, AccessLevel level) {
        return new FormGrant(memberId, null, null, level);
    }

    public static FormGrant role(long roleId, AccessLevel level) {
        return new FormGrant(null, roleId, null, level);
    }
}
