package io.potok.api.internal;

import java.util.LinkedHashSet;
import java.util.Set;

import io.potok.identity.CurrentMember;
import io.potok.identity.Member;
import io.potok.identity.Members;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;

/**
 * Resolves the ways API clients name a member: a number, {@code {"id": 7}}, {@code {"email": "..."}}, or an
 * email or id as text.
 */
@Component
class PersonReferences {

    private final Members members;

    PersonReferences(Members members) {
        this.members = members;
    }

    /**
     * Returns the member id, or null when the reference is absent.
     *
     * @throws ApiFormats.InvalidApiValue naming the parameter when no member of the caller's organisation matches
     */
    Long resolve(CurrentMember caller, String parameter, JsonNode reference) {
        if (reference == null || reference.isNull() || reference.isMissingNode()) {
            return null;
        }
        JsonNode target = reference.isObject() ? firstPresent(reference.get("id"), reference.get("email")) : reference;
        if (target == null) {
            throw new ApiFormats.InvalidApiValue(parameter, reference.toString());
        }
        String text = target.asString().trim();
        var member = text.matches("\\d+")
                ? members.find(caller.orgId(), Long.parseLong(text))
                : members.findByEmail(caller.orgId(), text);
        return member.map(Member::id).orElseThrow(() -> new ApiFormats.InvalidApiValue(parameter, text));
    }

    /** Resolves an array of references; an absent node gives an empty set. */
    Set<Long> resolveAll(CurrentMember caller, String parameter, JsonNode references) {
        Set<Long> ids = new LinkedHashSet<>();
        if (references == null || references.isNull()) {
            return ids;
        }
        if (!references.isArray()) {
            ids.add(resolve(caller, parameter, references));
            return ids;
        }
        references.forEach(reference -> ids.add(resolve(caller, parameter, reference)));
        return ids;
    }

    private static JsonNode firstPresent(JsonNode first, JsonNode second) {
        return first != null && !first.isNull() ? first : second;
    }
}
