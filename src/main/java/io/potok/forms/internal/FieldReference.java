package io.potok.forms.internal;

import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;

import io.potok.forms.FieldDefinition;
import tools.jackson.databind.JsonNode;

/**
 * How a field object on write names its field: by {@code id}, else by {@code code}, else by {@code name}.
 *
 * @param text the reference as sent, to name it in an error
 * @param matches the test for the field referred to
 */
record FieldReference(String text, Predicate<FieldDefinition> matches) {

    /** Reads the reference of a field object; empty when it has none of the three keys. */
    static Optional<FieldReference> of(JsonNode update) {
        if (hasText(update, "id")) {
            String id = update.get("id").asString().trim();
            return Optional.of(new FieldReference(id, field -> String.valueOf(field.id()).equals(id)));
        }
        if (hasText(update, "code")) {
            String code = update.get("code").asString();
            return Optional.of(new FieldReference(code, field -> code.equals(field.code())));
        }
        if (hasText(update, "name")) {
            String name = update.get("name").asString();
            return Optional.of(new FieldReference(name, field -> name.equals(field.name())));
        }
        return Optional.empty();
    }

    Optional<FieldDefinition> findIn(List<FieldDefinition> fields) {
        return fields.stream().filter(matches).findFirst();
    }

    private static boolean hasText(JsonNode update, String key) {
        JsonNode value = update.get(key);
        return value != null && (value.isString() || value.isNumber()) && !value.asString().isBlank();
    }
}
