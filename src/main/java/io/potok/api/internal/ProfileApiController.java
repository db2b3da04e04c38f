package io.potok.api.internal;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.potok.identity.CurrentMember;
import io.potok.identity.Member;
import io.potok.identity.Members;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code /profile}: the member the access token acts for.
 */
@RestController
@RequestMapping({ApiPaths.V4, ApiPaths.V4_SHORT})
@Tag(name = "Profile")
class ProfileApiController {

    private final Members members;

    ProfileApiController(Members members) {
        this.members = members;
    }

    record Profile(
            @JsonProperty("person_id") long personId,
            @JsonProperty("first_name") String firstName,
            @JsonProperty("last_name") String lastName,
            String email,
            String locale,
            @JsonProperty("organization_id") long organizationId,
            @JsonProperty("department_id") Long departmentId) {
    }

    @GetMapping("/profile")
    @Operation(summary = "The caller's own member record")
    Profile profile(CurrentMember caller) {
        Member member = members.find(caller.orgId(), caller.memberId()).orElseThrow();
        return new Profile(member.id(), member.firstName(), member.lastName(), member.email(),
                caller.locale().getLanguage(), member.orgId(), member.departmentId());
    }
}
