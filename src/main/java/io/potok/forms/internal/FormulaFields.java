package io.potok.forms.internal;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

import io.potok.forms.FieldDefinition;
import io.potok.forms.FieldType;
import io.potok.forms.FormDefinition;
import io.potok.forms.internal.FormulaExpression.Reference;

/**
 * The fields a formula of one form may refer to, by id and by code, and the table each column belongs to.
 */
final class FormulaFields {

    private final Map<Integer, FieldDefinition> byId = new HashMap<>();
    private final Map<String, FieldDefinition> byCode = new HashMap<>();
    private final Map<Integer, FieldDefinition> tableOfColumn = new HashMap<>();

    FormulaFields(FormDefinition form) {
        form.allFields().forEach(field -> {
            byId.putIfAbsent(field.id(), field);
            if (field.code() != null && !field.code().isBlank()) {
                byCode.putIfAbsent(field.code(), field);
            }
            if (field.type() == FieldType.TABLE) {
                field.fields().forEach(column -> tableOfColumn.putIfAbsent(column.id(), field));
            }
        });
    }

    /** Finds the field a reference names; a code is matched exactly, letter case included. */
    Optional<FieldDefinition> resolve(Reference reference) {
        FieldDefinition field = reference.fieldId() != null ? byId.get(reference.fieldId())
                : byCode.get(reference.code());
        return Optional.ofNullable(field);
    }

    /** Returns the table a column belongs to, or empty for a field stored at the top level. */
    Optional<FieldDefinition> tableOf(FieldDefinition field) {
        return Optional.ofNullable(tableOfColumn.get(field.id()));
    }
}
