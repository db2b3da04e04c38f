package io.potok.forms.internal;

import io.potok.forms.FieldDefinition;
import io.potok.forms.FieldValueInvalid;
import tools.jackson.databind.JsonNode;

/**
 * Builds the {@link FieldValueInvalid} errors, with the rejected value as text short enough for a message.
 */
final class Rejections {

    private static final int MAX_SHOWN_LENGTH = 100;

    private Rejections() {
    }

    static FieldValueInvalid invalid(String reason, FieldDefinition field, JsonNode value) {
        return invalid(reason, field.name(), shown(value));
    }

    static FieldValueInvalid invalid(String reason, String fieldName, String value) {
        return new FieldValueInvalid(reason, fieldName, shorten(value));
    }

    /** Returns a value as a user typed it: strings without quotes, everything else as JSON. */
    static String shown(JsonNode value) {
        if (value == null || value.isMissingNode() || value.isNull()) {
            return "";
        }
        return value.isValueNode() ? value.asString() : value.toString();
    }

    private static String shorten(String text) {
        if (text.length() <= MAX_SHOWN_LENGTH) {
            return text;
        }
        return text.substring(0, MAX_SHOWN_LENGTH) + "…";
    }
}
