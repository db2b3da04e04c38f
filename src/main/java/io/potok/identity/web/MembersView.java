package io.potok.identity.web;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import io.potok.identity.Department;
import io.potok.identity.Member;
import io.potok.identity.Role;

/**
 * Content of the members page.
 *
 * @param rows one row per member
 * @param departments the org chart
 * @param roles the roles with their members
 * @param membersById every member of the organisation, to name heads and role members
 */
public record MembersView(List<Row> rows, List<Department> departments, List<Role> roles, Map<Long, Member> membersById) {

    /** Returns the member's display name, or an empty string for an id outside the organisation or null. */
    public String nameOf(Long memberId) {
        Member member = memberId == null ? null : membersById.get(memberId);
        return member == null ? "" : member.displayName();
    }

    public String departmentName(Long departmentId) {
        return departments.stream().filter(department -> departmentId != null && department.id() == departmentId)
                .map(Department::name).findFirst().orElse("");
    }

    public String memberNames(Role role) {
        return role.memberIds().stream().map(this::nameOf).collect(Collectors.joining(", "));
    }

    /**
     * One member with the names of their department and roles.
     */
    public record Row(Member member, String department, String roles) {
    }
}
