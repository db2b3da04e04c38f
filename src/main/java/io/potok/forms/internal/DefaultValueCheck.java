package io.potok.forms.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import io.potok.forms.DefinitionCheck;
import io.potok.forms.DefinitionProblem;
import io.potok.forms.FieldDefinition;
import io.potok.forms.FieldValueInvalid;
import io.potok.forms.FieldValues;
import io.potok.forms.Form;
import io.potok.forms.FormDefinition;
import org.springframework.stereotype.Component;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * Rejects a default value that a new task could not store. That is a default that does not fit its field's
 * type or settings, such as an unknown choice, a catalog item from another catalog or text in a number
 * field. It is also any default on a table column or on a field whose value Potok sets (read-only types,
 * line totals, sums). A formula field's default passes, but new tasks ignore it, because the formula sets
 * the value.
 */
@Component
class DefaultValueCheck implements DefinitionCheck {

    private final FieldValues fieldValues;

    DefaultValueCheck(FieldValues fieldValues) {
        this.fieldValues = fieldValues;
    }

    @Override
    public List<DefinitionProblem> check(long orgId, Long formId, FormDefinition definition) {
        Form form = new Form(formId == null ? 0 : formId, orgId, "", 0, definition, false);
        Set<Integer> stored = ValueUpdates.storedFields(definition).map(FieldDefinition::id).collect(Collectors.toSet());
        List<DefinitionProblem> problems = new ArrayList<>();
        definition.allFields()
                .filter(field -> field.defaultValue() != null && !field.defaultValue().isNull())
                .forEach(field -> check(orgId, form, field, stored.contains(field.id())).ifPresent(problems::add));
        return problems;
    }

    private Optional<DefinitionProblem> check(long orgId, Form form, FieldDefinition field, boolean stored) {
        String shown = Rejections.shown(field.defaultValue());
        if (!stored || ValueUpdates.isReadOnly(field)) {
            return Optional.of(DefinitionProblem.of("default_not_allowed", field.name(), shown));
        }
        ObjectNode update = JsonNodeFactory.instance.objectNode();
        update.put("id", field.id());
        update.set("value", field.defaultValue());
        try {
            fieldValues.apply(orgId, form, JsonNodeFactory.instance.objectNode(), List.of(update));
            return Optional.empty();
        } catch (FieldValueInvalid invalid) {
            return Optional.of(DefinitionProblem.of("default_invalid", field.name(), shown,
                    field.type().wireName()));
        }
    }
}
