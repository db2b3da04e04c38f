package io.potok.forms.internal;

import java.util.Set;

import io.potok.forms.FieldDefinition;
import io.potok.forms.FieldType;
import io.potok.forms.FieldValueRequired;
import io.potok.forms.FieldVisibility;
import io.potok.forms.Form;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Checks that the fields required at a step have values: top-level fields, the fields inside titles and
 * under chosen options, and the required columns in every table row. Hidden fields are never required.
 */
final class RequiredFields {

    /** Separates a table's name from its column's in the error, as in «Order lines / Quantity». */
    private static final String COLUMN_SEPARATOR = " / ";

    private RequiredFields() {
    }

    static void check(Form form, ObjectNode values, int step) {
        Set<Integer> hidden = FieldVisibility.hidden(form.definition(), values);
        ValueUpdates.storedFields(form.definition())
                .filter(field -> !hidden.contains(field.id()))
                .forEach(field -> check(field, values, step, hidden));
    }

    private static void check(FieldDefinition field, ObjectNode values, int step, Set<Integer> hidden) {
        if (field.type() == FieldType.TITLE || field.type().isReadOnly()) {
            return;
        }

        JsonNode value = values.get(String.valueOf(field.id()));
        if (field.isRequiredAt(step) && ValueParser.isEmpty(value)) {
            throw new FieldValueRequired(field.name(), field.requiredStep());
        }
        if (field.type() == FieldType.TABLE && value != null) {
            value.forEach(row -> checkRow(field, row.path("cells"), step, hidden));
        }
    }

    private static void checkRow(FieldDefinition table, JsonNode cells, int step, Set<Integer> hidden) {
        for (FieldDefinition column : table.fields()) {
            if (!hidden.contains(column.id()) && column.isRequiredAt(step) && ValueParser.isEmpty(cells.get(String.valueOf(column.id())))) {
                throw new FieldValueRequired(table.name() + COLUMN_SEPARATOR + column.name(), column.requiredStep());
            }
        }
    }
}
