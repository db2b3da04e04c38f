package io.potok.tasks.internal;

import java.util.ArrayList;
import java.util.List;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * The history entries and the comment's change summary an operation collects before they are written.
 */
final class Journal {

    final List<Entry> entries = new ArrayList<>();
    final ObjectNode changes = JsonNodeFactory.instance.objectNode();
    /** The text of the comment the operation adds, or null. */
    String commentText;

    void record(String action) {
        entries.add(new Entry(action, null, null, null, null));
    }

    void record(String action, JsonNode oldValue, JsonNode newValue) {
        entries.add(new Entry(action, null, null, oldValue, newValue));
    }

    void recordField(int fieldId, String fieldName, JsonNode oldValue, JsonNode newValue) {
        entries.add(new Entry("field_changed", fieldId, fieldName, oldValue, newValue));
    }

    /**
     * One history entry.
     */
    record Entry(String action, Integer fieldId, String fieldName, JsonNode oldValue, JsonNode newValue) {
    }
}
