package io.potok.registry;

import io.potok.forms.FieldDefinition;

/**
 * A field column of a form's registry. It stays after the field is removed from the form, so that tasks of
 * older versions keep their values.
 *
 * @param field the field as defined in the latest form version that has it
 * @param position the field's order in that version, for column order
 * @param archived the current form version no longer has the field; tasks of earlier versions keep values
 */
public record RegistryColumn(FieldDefinition field, int position, boolean archived) {

    public RegistryColumn(FieldDefinition field, int position) {
        this(field, position, false);
    }

    public int fieldId() {
        return field.id();
    }

    public String name() {
        return field.name();
    }
}
