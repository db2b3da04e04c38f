package io.potok.catalogs.internal;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import io.potok.catalogs.Catalog;
import io.potok.catalogs.CatalogColumnLayoutInvalid;
import io.potok.catalogs.CatalogEditor.Column;

/**
 * A checked new column layout of a catalog, and how it carries each item's values over from the old one.
 */
final class ColumnLayout {

    private final List<Catalog.Header> oldHeaders;
    private final List<Column> columns;

    private ColumnLayout(List<Catalog.Header> oldHeaders, List<Column> columns) {
        this.oldHeaders = List.copyOf(oldHeaders);
        this.columns = List.copyOf(columns);
    }

    /** Checks the columns of a new catalog, which are all new. */
    static List<Catalog.Header> checkNew(List<Catalog.Header> headers) {
        List<Column> columns = headers.stream().map(header -> new Column(Column.NEW, header.name(), header.type())).toList();
        checkNamesAndTypes(columns);
        return new ColumnLayout(List.of(), columns).headers();
    }

    /**
     * Checks a changed layout against the catalog's columns.
     *
     * @throws CatalogColumnsInvalid when a column has no name, a repeated name or an unknown type
     * @throws CatalogColumnLayoutInvalid when a column's source is not a column of the catalog, or the key
     *                                    column is not first
     */
    static ColumnLayout change(List<Catalog.Header> oldHeaders, List<Column> columns) {
        checkNamesAndTypes(columns);
        if (columns.get(0).source() != 0) {
            throw CatalogColumnLayoutInvalid.keyMoved(oldHeaders.get(0).name());
        }
        Set<Integer> sources = new HashSet<>();
        for (Column column : columns) {
            boolean known = column.source() == Column.NEW || column.source() >= 0 && column.source() < oldHeaders.size();
            if (!known || column.source() != Column.NEW && !sources.add(column.source())) {
                throw CatalogColumnLayoutInvalid.sourceInvalid(column.name());
            }
        }
        return new ColumnLayout(oldHeaders, columns);
    }

    private static void checkNamesAndTypes(List<Column> columns) {
        if (columns.isEmpty()) {
            throw CatalogColumnsInvalid.missing();
        }
        Set<String> names = new HashSet<>();
        for (int i = 0; i < columns.size(); i++) {
            Column column = columns.get(i);
            String name = column.name() == null ? "" : column.name().strip();
            if (name.isEmpty()) {
                throw CatalogColumnsInvalid.blankName(i + 1);
            }
            if (!names.add(name.toLowerCase(Locale.ROOT))) {
                throw CatalogColumnsInvalid.duplicated(name);
            }
            if (!ColumnChange.TYPES.contains(column.type())) {
                throw CatalogColumnsInvalid.unknownType(name, column.type());
            }
        }
    }

    List<Catalog.Header> headers() {
        return columns.stream().map(column -> new Catalog.Header(column.name().strip(), column.type())).toList();
    }

    /** Tells whether items must be rewritten: a column was added, removed, moved or changed its type. */
    boolean movesValues() {
        if (columns.size() != oldHeaders.size()) {
            return true;
        }
        for (int i = 0; i < columns.size(); i++) {
            if (columns.get(i).source() != i || typeChanged(i)) {
                return true;
            }
        }
        return false;
    }

    /** Tells whether the column at the new position keeps old values under another type. */
    boolean typeChanged(int position) {
        Column column = columns.get(position);
        return column.source() != Column.NEW && !oldHeaders.get(column.source()).type().equals(column.type());
    }

    /** Returns an item's values in the new order, with empty cells in new columns; types are not converted. */
    List<String> carryOver(List<String> oldValues) {
        List<String> moved = new ArrayList<>(columns.size());
        for (Column column : columns) {
            boolean present = column.source() != Column.NEW && column.source() < oldValues.size();
            moved.add(present ? oldValues.get(column.source()) : "");
        }
        return moved;
    }
}
