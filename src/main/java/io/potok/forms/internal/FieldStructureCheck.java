package io.potok.forms.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import io.potok.forms.DefinitionCheck;
import io.potok.forms.DefinitionProblem;
import io.potok.forms.FieldDefinition;
import io.potok.forms.FormDefinition;
import org.springframework.stereotype.Component;

/**
 * Rejects fields that cannot be distinguished or have no label: a field id or a code used twice in the
 * definition (nested fields included), and a field with an empty name.
 */
@Component
class FieldStructureCheck implements DefinitionCheck {

    @Override
    public List<DefinitionProblem> check(long orgId, Long formId, FormDefinition definition) {
        List<FieldDefinition> fields = definition.allFields().toList();
        List<DefinitionProblem> problems = new ArrayList<>();
        duplicates(fields, field -> String.valueOf(field.id())).forEach((id, named) ->
                problems.add(DefinitionProblem.of("duplicate_field_id", id, namesOf(named))));
        duplicates(withCodes(fields), FieldDefinition::code).forEach((code, named) ->
                problems.add(DefinitionProblem.of("duplicate_field_code", code, namesOf(named))));
        fields.stream()
                .filter(field -> field.name() == null || field.name().isBlank())
                .forEach(field -> problems.add(DefinitionProblem.of("field_name_missing", String.valueOf(field.id()))));
        return problems;
    }

    private static List<FieldDefinition> withCodes(List<FieldDefinition> fields) {
        return fields.stream().filter(field -> field.code() != null && !field.code().isBlank()).toList();
    }

    /** Groups the fields by key and keeps the groups of more than one field, in definition order. */
    private static Map<String, List<FieldDefinition>> duplicates(List<FieldDefinition> fields,
                                                                  Function<FieldDefinition, String> key) {
        Map<String, List<FieldDefinition>> byKey = new LinkedHashMap<>();
        fields.forEach(field -> byKey.computeIfAbsent(key.apply(field), k -> new ArrayList<>()).add(field));
        byKey.values().removeIf(group -> group.size() < 2);
        return byKey;
    }

    private static String namesOf(List<FieldDefinition> fields) {
        return String.join(", ", fields.stream().map(DefinitionLabels::field).toList());
    }
}
