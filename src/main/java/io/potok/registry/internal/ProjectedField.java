package io.potok.registry.internal;

import java.util.List;

import io.potok.forms.FieldDefinition;
import io.potok.forms.FieldType;
import io.potok.registry.RegistryColumn;

/**
 * A form field as the projection stores it: its definition, column kind and column names.
 *
 * @param archived the form's current version no longer has the field
 */
record ProjectedField(FieldDefinition field, ColumnKind kind, int position, boolean archived) {

    ProjectedField(FieldDefinition field, ColumnKind kind, int position) {
        this(field, kind, position, false);
    }

    ProjectedField asArchived() {
        return new ProjectedField(field, kind, position, true);
    }

    int id() {
        return field.id();
    }

    String column() {
        return "f" + field.id() + "_" + kind.suffix();
    }

    /** The catalog item's key text, next to the item id column; only for catalog fields. */
    String textColumn() {
        return column() + "_text";
    }

    RegistryColumn toColumn() {
        return new RegistryColumn(field, position, archived);
    }

    /**
     * Returns the fields of a form version that get a column: top-level fields, fields grouped by titles and
     * fields shown under multiple_choice options, not table columns, notes or read-only fields.
     */
    static List<ProjectedField> of(List<FieldDefinition> topLevel) {
        List<ProjectedField> result = new java.util.ArrayList<>();
        collect(topLevel, result);
        return result;
    }

    private static void collect(List<FieldDefinition> fields, List<ProjectedField> result) {
        for (FieldDefinition field : fields) {
            if (field.type() == FieldType.TITLE) {
                collect(field.fields(), result);
            } else {
                ColumnKind.of(field).ifPresent(kind -> result.add(new ProjectedField(field, kind, result.size())));
            }
            field.info().options().forEach(option -> collect(option.fields(), result));
        }
    }
}
