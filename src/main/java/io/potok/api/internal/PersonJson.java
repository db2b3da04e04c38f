package io.potok.api.internal;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.potok.identity.Member;

/**
 * A member in the API's person shape, as in {@code GET /members}, task authors and person fields.
 */
record PersonJson(
        long id,
        @JsonProperty("first_name") String firstName,
        @JsonProperty("last_name") String lastName,
        String email,
        String type,
        @JsonProperty("department_id") Long departmentId,
        @JsonProperty("department_name") String departmentName,
        boolean banned,
        String position) {

    static PersonJson of(Member member) {
        return of(member, null);
    }

    /**
     * @param departmentName the name of the member's department; null leaves it out of the JSON
     */
    static PersonJson of(Member member, String departmentName) {
        return new PersonJson(member.id(), member.firstName(), member.lastName(), member.email(),
                member.bot() ? "bot" : "user", member.departmentId(), departmentName, member.banned(),
                member.position());
    }
}
