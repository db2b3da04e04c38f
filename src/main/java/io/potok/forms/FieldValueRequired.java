package io.potok.forms;

import io.potok.platform.PotokException;

/**
 * A field required at the task's step has no value.
 */
public class FieldValueRequired extends PotokException {

    public FieldValueRequired(String fieldName, int step) {
        super("required_field_missing", 400, fieldName, step);
    }
}
