package io.potok.forms;

import io.potok.platform.PotokException;

/**
 * A field value that does not fit the field: its message names the field, the value and what is expected.
 */
public class FieldValueInvalid extends PotokException {

    /**
     * @param reason the message key suffix under {@code error.invalid_field_value.}, such as {@code number}
     * @param fieldName the field's name as users see it
     * @param value the rejected value as sent
     */
    public FieldValueInvalid(String reason, String fieldName, String value) {
        super("invalid_field_value", 400, reason, fieldName, value);
    }

    /**
     * For a more specific failure: the arguments start with the reason and the field's name, as above.
     */
    protected FieldValueInvalid(String code, int status, String reason, String fieldName, Object... more) {
        super(code, status, prepend(reason, fieldName, more));
    }

    private static Object[] prepend(String reason, String fieldName, Object[] more) {
        Object[] arguments = new Object[more.length + 2];
        arguments[0] = reason;
        arguments[1] = fieldName;
        System.arraycopy(more, 0, arguments, 2, more.length);
        return arguments;
    }

    public String reason() {
        return (String) arguments()[0];
    }

    @Override
    public String messageKey() {
        return "error.invalid_field_value." + reason();
    }
}
