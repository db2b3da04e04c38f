package io.potok.forms.internal;

import java.util.Optional;

import io.potok.forms.FieldDefinition;
import io.potok.identity.Member;
import io.potok.identity.Members;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

import static io.potok.forms.internal.Rejections.invalid;

/**
 * Parses person values, {@code {"id": n}} or {@code {"email": "..."}}, stored as {@code {"id": n}}, and
 * renders a member as the API's person object.
 */
final class PersonValues {

    private final Members members;

    PersonValues(Members members) {
        this.members = members;
    }

    /** Accepts an active member of the organisation; a blocked member is rejected. */
    JsonNode parse(long orgId, FieldDefinition field, JsonNode value) {
        Member member = find(orgId, field, value).orElseThrow(() -> invalid("person_not_found", field, value));
        if (member.banned()) {
            throw invalid("person_banned", field, value);
        }
        return JsonNodeFactory.instance.objectNode().put("id", member.id());
    }

    /** Renders the member with the given id; only the id when the member no longer exists. */
    ObjectNode render(long orgId, long memberId) {
        return members.find(orgId, memberId)
                .map(PersonValues::personObject)
                .orElseGet(() -> JsonNodeFactory.instance.objectNode().put("id", memberId));
    }

    String displayName(long orgId, long memberId) {
        return members.find(orgId, memberId).map(Member::displayName).orElse("#" + memberId);
    }

    private Optional<Member> find(long orgId, FieldDefinition field, JsonNode value) {
        return lookUp(orgId, field, value).filter(member -> member.orgId() == orgId);
    }

    private Optional<Member> lookUp(long orgId, FieldDefinition field, JsonNode value) {
        JsonNode id = value.isObject() ? value.path("id") : value;
        if (id.isIntegralNumber() && id.canConvertToLong()) {
            return members.find(orgId, id.longValue());
        }
        if (id.isString() && id.stringValue().trim().matches("\\d{1,18}")) {
            return members.find(orgId, Long.parseLong(id.stringValue().trim()));
        }
        JsonNode email = value.path("email");
        if (value.isObject() && email.isString() && !email.stringValue().isBlank()) {
            return members.findByEmail(orgId, email.stringValue().trim());
        }
        throw invalid("person_format", field, value);
    }

    private static ObjectNode personObject(Member member) {
        ObjectNode person = JsonNodeFactory.instance.objectNode();
        person.put("id", member.id());
        person.put("first_name", member.firstName());
        person.put("last_name", member.lastName());
        person.put("email", member.email());
        person.put("type", member.bot() ? "bot" : "user");
        if (member.departmentId() != null) {
            person.put("department_id", member.departmentId());
        }
        person.put("banned", member.banned());
        if (member.position() != null) {
            person.put("position", member.position());
        }
        return person;
    }
}
