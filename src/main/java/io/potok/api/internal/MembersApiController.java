package io.potok.api.internal;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import io.potok.identity.CurrentMember;
import io.potok.identity.Department;
import io.potok.identity.Members;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code /members}: everyone in the caller's organisation, bots and blocked members included.
 */
@RestController
@RequestMapping({ApiPaths.V4, ApiPaths.V4_SHORT})
@Tag(name = "Members")
class MembersApiController {

    private final Members members;

    MembersApiController(Members members) {
        this.members = members;
    }

    record MemberList(List<PersonJson> members) {
    }

    @GetMapping("/members")
    @Operation(summary = "Members of the caller's organisation")
    MemberList list(CurrentMember caller) {
        Map<Long, String> departmentNames = members.departments(caller.orgId()).stream()
                .collect(Collectors.toMap(Department::id, Department::name));
        List<PersonJson> people = members.list(caller.orgId()).stream()
                .map(member -> PersonJson.of(member, departmentNames.get(member.departmentId())))
                .toList();
        return new MemberList(people);
    }
}
