package io.potok.forms;

import java.util.Arrays;
import java.util.Optional;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/**
 * Field types, named as on the wire of the public API.
 */
public enum FieldType {
    TEXT, NUMBER, MONEY, DATE, TIME, DUE_DATE, DUE_DATE_TIME, CHECKMARK, FLAG, EMAIL, PHONE,
    MULTIPLE_CHOICE, PERSON, CATALOG, TABLE, TITLE, NOTE, FORM_LINK, FILE, PROJECT,
    STEP, STATUS, CREATION_DATE, AUTHOR;

    @JsonValue
    public String wireName() {
        return name().toLowerCase();
    }

    @JsonCreator
    public static FieldType fromWireName(String name) {
        return parse(name).orElseThrow(() -> new IllegalArgumentException("Unknown field type: " + name));
    }

    public static Optional<FieldType> parse(String name) {
        return Arrays.stream(values()).filter(type -> type.wireName().equals(name)).findFirst();
    }

    /**
     * Tells whether the value is computed by Potok (step, status, creation date, author) or static (note).
     */
    public boolean isReadOnly() {
        return this == STEP || this == STATUS || this == CREATION_DATE || this == AUTHOR || this == NOTE;
    }

    /**
     * Tells whether the field only groups other fields and has no value of its own.
     */
    public boolean isContainer() {
        return this == TITLE || this == TABLE;
    }
}
