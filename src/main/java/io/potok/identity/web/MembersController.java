package io.potok.identity.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import io.potok.identity.CurrentMember;
import io.potok.identity.Department;
import io.potok.identity.Member;
import io.potok.identity.Members;
import io.potok.identity.Role;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The members page: everyone in the signed-in member's organisation with their departments and roles.
 */
@Controller
class MembersController {

    private final Members members;

    MembersController(Members members) {
        this.members = members;
    }

    @GetMapping("/members")
    String members(CurrentMember current, Model model) {
        List<Member> people = members.list(current.orgId());
        List<Department> departments = members.departments(current.orgId());
        List<Role> roles = members.roles(current.orgId());
        Map<Long, Member> byId = people.stream().collect(Collectors.toMap(Member::id, Function.identity()));

        model.addAttribute("view", new MembersView(rows(people, departments, roles), departments, roles, byId));
        return "identity/members";
    }

    private static List<MembersView.Row> rows(List<Member> people, List<Department> departments, List<Role> roles) {
        Map<Long, String> departmentNames = departments.stream().collect(Collectors.toMap(Department::id, Department::name));
        List<MembersView.Row> rows = new ArrayList<>();
        for (Member member : people) {
            String roleNames = roles.stream()
                    .filter(role -> role.memberIds().contains(member.id()))
                    .map(Role::name)
                    .collect(Collectors.joining(", "));
            String department = member.departmentId() == null ? "" : departmentNames.getOrDefault(member.departmentId(), "");
            rows.add(new MembersView.Row(member, department, roleNames));
        }
        return rows;
    }
}
