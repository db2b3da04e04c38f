package io.potok.forms.internal;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * The fields and table cells that one set of updates wrote, so that a picked catalog item's columns are
 * copied only into fields the same updates leave alone.
 */
final class NamedFields {

    private final Set<Integer> fieldIds = new HashSet<>();
    private final Map<Integer, Map<Long, Set<Integer>>> cellsByTable = new HashMap<>();

    void field(int fieldId) {
        fieldIds.add(fieldId);
    }

    void cell(int tableId, long rowId, int columnId) {
        cellsByTable.computeIfAbsent(tableId, id -> new HashMap<>())
                .computeIfAbsent(rowId, id -> new HashSet<>())
                .add(columnId);
    }

    boolean hasField(int fieldId) {
        return fieldIds.contains(fieldId);
    }

    boolean hasCell(int tableId, long rowId, int columnId) {
        return cellsByTable.getOrDefault(tableId, Map.of()).getOrDefault(rowId, Set.of()).contains(columnId);
    }
}
