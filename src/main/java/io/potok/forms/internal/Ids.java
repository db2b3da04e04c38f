package io.potok.forms.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.OptionalLong;

import tools.jackson.databind.JsonNode;

/**
 * Reads record ids written as JSON numbers or as digit strings, as API clients send them.
 */
final class Ids {

    private Ids() {
    }

    /** Returns the id, or empty when the node is neither a whole number nor a string of up to 18 digits. */
    static OptionalLong of(JsonNode node) {
        if (node != null && node.isIntegralNumber() && node.canConvertToLong()) {
            return OptionalLong.of(node.longValue());
        }
        if (node != null && node.isString() && node.stringValue().trim().matches("\\d{1,18}")) {
            return OptionalLong.of(Long.parseLong(node.stringValue().trim()));
        }
        return OptionalLong.empty();
    }

    /** Returns the numbers of a stored id list such as {@code {"task_ids": [1, 2]}}; empty when absent. */
    static List<Long> stored(JsonNode stored, String key) {
        List<Long> ids = new ArrayList<>();
        if (stored != null) {
            stored.path(key).forEach(id -> ids.add(id.asLong()));
        }
        return ids;
    }
}
