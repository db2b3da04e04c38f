package io.potok.catalogs.internal;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import io.potok.catalogs.Catalog;

/**
 * How a catalog's columns change in a sync. The first column stays the key whatever it is called; the other
 * new columns take the cells of the old columns with the same name (ignoring case), new names start empty,
 * and old columns not sent are dropped with their cells.
 *
 * @param headers the columns after the sync
 * @param sourceIndexes for each new column, the index of the old column its cells come from, or null
 */
record ColumnChange(List<Catalog.Header> headers, List<Integer> sourceIndexes, boolean headersChanged) {

    static final Set<String> TYPES = Set.of("text", "number", "money", "date", "member");

    /** Keeps the catalog's columns as they are. */
    static ColumnChange none(List<Catalog.Header> current) {
        List<Integer> identity = new ArrayList<>();
        for (int i = 0; i < current.size(); i++) {
            identity.add(i);
        }
        return new ColumnChange(List.copyOf(current), identity, false);
    }

    /**
     * Matches the requested columns to the current ones.
     *
     * @throws CatalogColumnsInvalid when no column is sent, a name is blank or repeated, or a type is unknown
     */
    static ColumnChange of(List<Catalog.Header> current, List<Catalog.Header> requested) {
        List<Catalog.Header> headers = checked(requested);
        List<Integer> sources = new ArrayList<>();
        sources.add(0);
        for (int i = 1; i < headers.size(); i++) {
            sources.add(indexOf(current, headers.get(i).name()));
        }
        boolean changed = !headers.equals(current);
        return new ColumnChange(List.copyOf(headers), sources, changed);
    }

    /** Whether item cells move: a column is added, dropped or reordered. */
    boolean cellsMove() {
        for (int i = 0; i < sourceIndexes.size(); i++) {
            if (sourceIndexes.get(i) == null || sourceIndexes.get(i) != i) {
                return true;
            }
        }
        return false;
    }

    /** Returns the cells of an item stored under the old columns, rearranged for the new columns. */
    List<String> rearrange(List<String> oldValues) {
        List<String> values = new ArrayList<>(sourceIndexes.size());
        for (Integer source : sourceIndexes) {
            boolean present = source != null && source < oldValues.size() && oldValues.get(source) != null;
            values.add(present ? oldValues.get(source) : "");
        }
        return values;
    }

    private static List<Catalog.Header> checked(List<Catalog.Header> requested) {
        if (requested.isEmpty()) {
            throw CatalogColumnsInvalid.missing();
        }
        List<Catalog.Header> headers = new ArrayList<>();
        Set<String> names = new HashSet<>();
        for (int i = 0; i < requested.size(); i++) {
            Catalog.Header header = checked(requested.get(i), i + 1);
            if (!names.add(header.name().toLowerCase(Locale.ROOT))) {
                throw CatalogColumnsInvalid.duplicated(header.name());
            }
            headers.add(header);
        }
        return headers;
    }

    private static Catalog.Header checked(Catalog.Header header, int position) {
        String name = header.name() == null ? "" : header.name().strip();
        if (name.isEmpty()) {
            throw CatalogColumnsInvalid.blankName(position);
        }
        String type = header.type() == null || header.type().isBlank() ? "text" : header.type().strip();
        if (!TYPES.contains(type)) {
            throw CatalogColumnsInvalid.unknownType(name, type);
        }
        return new Catalog.Header(name, type);
    }

    private static Integer indexOf(List<Catalog.Header> current, String name) {
        for (int i = 1; i < current.size(); i++) {
            if (current.get(i).name().strip().equalsIgnoreCase(name)) {
                return i;
            }
        }
        return null;
    }
}
