package io.potok.catalogs.internal;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import io.potok.catalogs.Catalog;

/**
 * The change of a catalog's columns in a sync. The first column stays the key whatever it is called. Each other
 * new column takes the cells of the old column with the same name, ignoring case, and a new name starts
 * empty. Old columns not sent are dropped with their cells. A column sent without a type keeps the type of the
 * old column it continues; a new one without a type is text.
 *
 * @param headers the columns after the sync
 * @param sourceIndexes for each new column, the index of the old column its cells come from, or null
 * @param cellsMove whether item cells move: a column is added, dropped or reordered
 */
record ColumnChange(List<Catalog.Header> headers, List<Integer> sourceIndexes, boolean headersChanged,
                    boolean cellsMove) {

    static final Set<String> TYPES = Set.of("text", "number", "money", "date", "member");

    /** Keeps the catalog's columns as they are. */
    static ColumnChange none(List<Catalog.Header> current) {
        List<Integer> identity = new ArrayList<>();
        for (int i = 0; i < current.size(); i++) {
            identity.add(i);
        }
        return new ColumnChange(List.copyOf(current), identity, false, false);
    }

    /**
     * Checks the columns of a new catalog.
     *
     * @throws CatalogColumnsInvalid when no column is sent, a name is blank or repeated, or a type is unknown
     */
    static ColumnChange created(List<Catalog.Header> requested) {
        List<Catalog.Header> headers = checked(requested).stream().map(header -> typed(header, null)).toList();
        return new ColumnChange(headers, List.of(), true, false);
    }

    /**
     * Matches the requested columns to the current ones.
     *
     * @throws CatalogColumnsInvalid when no column is sent, a name is blank or repeated, or a type is unknown
     */
    static ColumnChange of(List<Catalog.Header> current, List<Catalog.Header> requested) {
        List<Catalog.Header> named = checked(requested);
        List<Catalog.Header> headers = new ArrayList<>();
        List<Integer> sources = new ArrayList<>();
        for (int i = 0; i < named.size(); i++) {
            Integer source = i == 0 ? Integer.valueOf(0) : indexOf(current, named.get(i).name());
            sources.add(source);
            headers.add(typed(named.get(i), source == null ? null : current.get(source)));
        }
        boolean changed = !headers.equals(current);
        return new ColumnChange(List.copyOf(headers), sources, changed, moves(sources, current.size()));
    }

    private static boolean moves(List<Integer> sources, int previousCount) {
        if (sources.size() != previousCount) {
            return true;
        }
        for (int i = 0; i < sources.size(); i++) {
            if (sources.get(i) == null || sources.get(i) != i) {
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
        String type = header.type() == null || header.type().isBlank() ? null : header.type().strip();
        if (type != null && !TYPES.contains(type)) {
            throw CatalogColumnsInvalid.unknownType(name, type);
        }
        return new Catalog.Header(name, type);
    }

    /** Gives a column sent without a type the type of the column it continues, or text for a new one. */
    private static Catalog.Header typed(Catalog.Header header, Catalog.Header source) {
        if (header.type() != null) {
            return header;
        }
        return new Catalog.Header(header.name(), source == null ? "text" : source.type());
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
