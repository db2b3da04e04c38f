package io.potok.api.internal;

import java.util.ArrayList;
import java.util.List;

import io.potok.catalogs.Catalog;
import io.potok.catalogs.CatalogItemSearch.CellCondition;
import io.potok.platform.PotokException;

/**
 * Reads the {@code column} and {@code value} filter parameters of {@code GET /catalogs/{id}} into conditions
 * that the catalogs module checks in SQL. Every condition must hold; it compares one column with a value,
 * ignoring case, and with wildcards on, {@code *} in the value matches any text.
 */
final class CatalogItemFilter {

    private CatalogItemFilter() {
    }

    /**
     * Pairs the {@code column} and {@code value} parameters by position.
     *
     * @throws InvalidCatalogFilter when the lists differ in length or a column is not in the catalog
     */
    static List<CellCondition> parse(Catalog catalog, List<String> columns, List<String> values, boolean wildcard) {
        List<String> names = columns == null ? List.of() : columns;
        List<String> texts = values == null ? List.of() : values;
        if (names.size() != texts.size()) {
            throw new InvalidCatalogFilter(String.join(",", names));
        }
        List<CellCondition> conditions = new ArrayList<>();
        for (int i = 0; i < names.size(); i++) {
            String text = texts.get(i) == null ? "" : texts.get(i);
            conditions.add(new CellCondition(columnIndex(catalog, names.get(i)), text, wildcard));
        }
        return conditions;
    }

    private static int columnIndex(Catalog catalog, String name) {
        int index = catalog.columnIndex(name);
        if (index < 0) {
            throw new InvalidCatalogFilter(name);
        }
        return index;
    }

    /** A catalog filter names a column the catalog lacks, or its columns and values do not pair up. */
    static class InvalidCatalogFilter extends PotokException {
        InvalidCatalogFilter(String column) {
            super("invalid_catalog_filter", 400, column);
        }
    }
}
