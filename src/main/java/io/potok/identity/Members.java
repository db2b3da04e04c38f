package io.potok.identity;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Reads members, roles and the org chart of an organisation.
 */
public interface Members {

    Optional<Member> find(long orgId, long memberId);

    /**
     * Returns the member as an actor, in the same shape as a signed-in member, so that rules and bots can act
     * as them. Empty when no such member exists in the organisation or the member is blocked.
     */
    Optional<CurrentMember> actingAs(long orgId, long memberId);

    /**
     * Returns the id of the organisation's automation bot, the member that rules act as, creating it on first
     * use. Its name is "Автоматизация"; it cannot sign in.
     */
    long automationMemberId(long orgId);

    Optional<Member> findByEmail(long orgId, String email);

    /** Returns the members with the given ids that belong to the organisation, keyed by id. */
    Map<Long, Member> findAll(long orgId, Collection<Long> memberIds);

    List<Member> list(long orgId);

    /** Returns the organisation's departments ordered by name. */
    List<Department> departments(long orgId);

    /** Returns the organisation's roles ordered by name, each with its members. */
    List<Role> roles(long orgId);

    /** Returns the ids of the role's members who are not blocked; empty when the role does not exist. */
    Set<Long> roleMemberIds(long orgId, long roleId);

    /** Returns the ids of the roles the member belongs to, blocked roles excluded. */
    Set<Long> roleIdsOf(long orgId, long memberId);

    /**
     * Returns the id of the member's department and of every department above it; empty when the member
     * has no department.
     */
    Set<Long> departmentIdsOf(long orgId, long memberId);

    /**
     * Returns the head of the member's department, or of the nearest department above it that has a head
     * other than the member.
     */
    Optional<Long> departmentHeadOf(long orgId, long memberId);

    /**
     * Returns the ids of every member in the departments the member heads and in all departments below
     * them, the member included. A task visible to any of them is visible to the head.
     */
    Set<Long> membersUnder(long orgId, long headId);
}
