package io.potok.forms.internal;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

import io.potok.catalogs.CatalogItem;
import io.potok.catalogs.Catalogs;
import io.potok.forms.FieldDefinition;
import io.potok.forms.FieldSettings.ChoiceOption;
import io.potok.identity.Member;
import io.potok.identity.Members;
import tools.jackson.databind.JsonNode;

/**
 * Turns a stored field value into the text a catalog filter compares with a cell: a choice's label, a
 * catalog item's key, a member's email in lower case, a number as a plain decimal, other values as stored.
 * Of several picked choices or items, the first one counts.
 */
final class FilterOperands {

    private final Catalogs catalogs;
    private final Members members;

    FilterOperands(Catalogs catalogs, Members members) {
        this.catalogs = catalogs;
        this.members = members;
    }

    /** Returns the text of the value, or empty when the field has no value. */
    Optional<String> text(long orgId, FieldDefinition field, JsonNode value) {
        if (ValueParser.isEmpty(value)) {
            return Optional.empty();
        }
        switch (field.type()) {
            case MULTIPLE_CHOICE:
                return firstChoiceLabel(field, value);
            case CATALOG:
                return firstItemKey(orgId, value);
            case PERSON:
                return members.find(orgId, value.path("id").asLong())
                        .map(Member::email)
                        .map(email -> email.toLowerCase(Locale.ROOT));
            case NUMBER:
            case MONEY:
                return Optional.of(value.decimalValue().toPlainString());
            default:
                return value.isValueNode() ? Optional.of(value.asString()) : Optional.empty();
        }
    }

    private static Optional<String> firstChoiceLabel(FieldDefinition field, JsonNode value) {
        int choiceId = value.path("choice_ids").path(0).asInt(-1);
        return field.info().options().stream()
                .filter(option -> option.id() == choiceId)
                .map(ChoiceOption::value)
                .findFirst();
    }

    private Optional<String> firstItemKey(long orgId, JsonNode value) {
        List<Long> ids = CatalogValues.storedIds(value);
        if (ids.isEmpty()) {
            return Optional.empty();
        }
        return catalogs.item(orgId, ids.get(0)).map(CatalogItem::key);
    }
}
