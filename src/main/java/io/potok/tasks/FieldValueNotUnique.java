package io.potok.tasks;

import io.potok.platform.PotokException;

/**
 * A value in a field marked unique is already used by another task of the same form, open or closed.
 */
public class FieldValueNotUnique extends PotokException {

    /**
     * @param fieldName the field's name as users see it
     * @param value the value as users see it
     * @param holderTaskId the task that already has the value
     */
    public FieldValueNotUnique(String fieldName, String value, long holderTaskId) {
        super("field_value_not_unique", 409, fieldName, value, holderTaskId);
    }

    public String fieldName() {
        return (String) arguments()[0];
    }
}
