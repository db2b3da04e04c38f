package io.potok.api.internal;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.potok.identity.CurrentMember;
import io.potok.identity.Members;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code /roles}: the roles of the caller's organisation with their members.
 */
@RestController
@RequestMapping({ApiPaths.V4, ApiPaths.V4_SHORT})
@Tag(name = "Roles")
class RolesApiController {

    private final Members members;

    RolesApiController(Members members) {
        this.members = members;
    }

    record RoleJson(long id, String name, boolean banned, @JsonProperty("member_ids") List<Long> memberIds) {
    }

    record RoleList(List<RoleJson> roles) {
    }

    @GetMapping("/roles")
    @Operation(summary = "Roles of the caller's organisation")
    RoleList list(CurrentMember caller) {
        return new RoleList(members.roles(caller.orgId()).stream()
                .map(role -> new RoleJson(role.id(), role.name(), role.banned(), role.memberIds()))
                .toList());
    }
}
