package io.potok.tasks.internal;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;

import io.potok.forms.FieldDefinition;
import io.potok.forms.FieldType;
import tools.jackson.databind.JsonNode;

/**
 * Reduces a stored value to the key two tasks must not share in a unique field. Text compares trimmed and
 * without regard to case, so «AB-12» and «ab-12 » are the same sticker number. A phone compares by its
 * digits, and a number by its value, so 5 and 5.00 are equal. Choices, catalog items and persons compare by
 * their sorted ids.
 */
final class UniqueValueKeys {

    private UniqueValueKeys() {
    }

    /** Returns the SHA-256 (hex) of the normalised value, or null when the value is empty. */
    static String hash(FieldDefinition field, JsonNode stored) {
        String key = key(field, stored);
        return key == null || key.isEmpty() ? null : sha256(key);
    }

    static String key(FieldDefinition field, JsonNode stored) {
        if (stored == null || stored.isNull() || stored.isMissingNode()) {
            return null;
        }
        if (stored.isNumber()) {
            return stored.decimalValue().stripTrailingZeros().toPlainString();
        }
        if (stored.isString()) {
            return text(field, stored.asString());
        }
        if (stored.isObject() && stored.has("id")) {
            return stored.get("id").asString();
        }
        if (stored.isObject() && stored.has("choice_ids")) {
            return sortedIds(stored.get("choice_ids"));
        }
        if (stored.isObject() && stored.has("item_ids")) {
            return sortedIds(stored.get("item_ids"));
        }
        return stored.toString();
    }

    private static String text(FieldDefinition field, String text) {
        String trimmed = text.strip().toLowerCase(Locale.ROOT);
        if (field.type() == FieldType.PHONE) {
            String digits = trimmed.replaceAll("\\D", "");
            return digits.isEmpty() ? trimmed : digits;
        }
        if (field.type() == FieldType.NUMBER || field.type() == FieldType.MONEY) {
            try {
                return new BigDecimal(trimmed).stripTrailingZeros().toPlainString();
            } catch (NumberFormatException notNumber) {
                return trimmed;
            }
        }
        return trimmed;
    }

    private static String sortedIds(JsonNode ids) {
        List<String> sorted = new ArrayList<>();
        ids.forEach(id -> sorted.add(id.asString()));
        sorted.sort(null);
        return String.join(",", sorted);
    }

    private static String sha256(String key) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(key.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException missing) {
            throw new IllegalStateException("The JVM has no SHA-256", missing);
        }
    }
}
