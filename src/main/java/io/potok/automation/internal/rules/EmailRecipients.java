package io.potok.automation.internal.rules;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import io.potok.forms.FieldDefinition;
import io.potok.forms.FieldType;
import io.potok.identity.Member;
import io.potok.identity.Members;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;

/**
 * Turns a {@code send_email} action's recipients into addresses: {@code author} and {@code responsible} are
 * the task's members, {@code {field name}} is the member of a person field or the address of an email field,
 * and anything with an {@code @} is taken as an address. Recipients that name nobody are left out.
 */
@Component
class EmailRecipients {

    private final Members members;
    private final FieldTemplates templates;

    EmailRecipients(Members members, FieldTemplates templates) {
        this.members = members;
        this.templates = templates;
    }

    List<String> addresses(List<String> to, RuleContext context) {
        Set<String> addresses = new LinkedHashSet<>();
        for (String recipient : to) {
            address(recipient.trim(), context).ifPresent(addresses::add);
        }
        return List.copyOf(addresses);
    }

    private Optional<String> address(String recipient, RuleContext context) {
        if (recipient.equalsIgnoreCase("author")) {
            return email(context.orgId(), context.task().authorId());
        }
        if (recipient.equalsIgnoreCase("responsible")) {
            Long responsible = context.task().responsibleId();
            return responsible == null ? Optional.empty() : email(context.orgId(), responsible);
        }
        if (recipient.startsWith("{") && recipient.endsWith("}")) {
            return templates.field(recipient.substring(1, recipient.length() - 1).trim(), context)
                    .flatMap(field -> fieldAddress(field, context));
        }
        return recipient.contains("@") ? Optional.of(recipient) : Optional.empty();
    }

    private Optional<String> fieldAddress(FieldDefinition field, RuleContext context) {
        JsonNode value = context.values().get(String.valueOf(field.id()));
        if (value == null || value.isNull()) {
            return Optional.empty();
        }
        if (field.type() == FieldType.PERSON && value.path("id").canConvertToLong()) {
            return email(context.orgId(), value.get("id").asLong());
        }
        if (field.type() == FieldType.EMAIL && value.isString() && !value.asString().isBlank()) {
            return Optional.of(value.asString().trim());
        }
        return Optional.empty();
    }

    private Optional<String> email(long orgId, long memberId) {
        return members.find(orgId, memberId).filter(member -> !member.bot() && !member.banned())
                .map(Member::email);
    }
}
