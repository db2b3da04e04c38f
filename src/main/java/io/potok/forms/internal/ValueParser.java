package io.potok.forms.internal;

import io.potok.forms.FieldDefinition;
import tools.jackson.databind.JsonNode;

import static io.potok.forms.internal.Rejections.invalid;

/**
 * Turns one written value of a field that contains a single value (every type but table) into its stored
 * shape, checking it against the field's type and settings.
 */
final class ValueParser {

    private final PersonValues persons;
    private final CatalogValues catalogItems;
    private final LinkedValues linked;

    ValueParser(PersonValues persons, CatalogValues catalogItems, LinkedValues linked) {
        this.persons = persons;
        this.catalogItems = catalogItems;
        this.linked = linked;
    }

    /**
     * Returns the stored value, or null when the written value is empty (null, absent, blank text, empty
     * list) and so clears the field.
     *
     * @param stored the value stored before this update, null when none
     */
    JsonNode parse(long orgId, FieldDefinition field, JsonNode value, JsonNode stored) {
        if (isEmpty(value)) {
            return null;
        }
        switch (field.type()) {
            case TEXT:
                return ScalarValues.text(field, value);
            case NUMBER:
            case MONEY:
                return ScalarValues.number(field, value);
            case DATE:
            case DUE_DATE:
                return ScalarValues.date(field, value);
            case TIME:
                return ScalarValues.time(field, value);
            case DUE_DATE_TIME:
                return ScalarValues.dateTime(field, value);
            case CHECKMARK:
                return ScalarValues.checkmark(field, value);
            case FLAG:
                return ScalarValues.flag(field, value);
            case EMAIL:
                return ScalarValues.email(field, value);
            case PHONE:
                return ScalarValues.phone(field, value);
            case MULTIPLE_CHOICE:
                return ChoiceValues.parse(field, value);
            case PERSON:
                return persons.parse(orgId, field, value);
            case CATALOG:
                return catalogItems.parse(orgId, field, value, stored);
            case FORM_LINK:
                return linked.links().parse(orgId, field, value);
            case FILE:
                return linked.files().parse(orgId, field, value, stored);
            case PROJECT:
                return linked.lists().parse(orgId, field, value);
            default:
                throw invalid("read_only", field, value);
        }
    }

    static boolean isEmpty(JsonNode value) {
        if (value == null || value.isNull() || value.isMissingNode()) {
            return true;
        }
        if (value.isString()) {
            return value.stringValue().isBlank();
        }
        return value.isContainer() && value.isEmpty();
    }
}
