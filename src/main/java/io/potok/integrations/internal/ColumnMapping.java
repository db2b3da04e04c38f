package io.potok.integrations.internal;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import io.potok.catalogs.Catalog;

/**
 * Mapping from the connected catalog's column names to the product fields that fill them. A column the mapping does
 * not name takes its default source.
 *
 * <p>The default matches columns by name: the first (key) column takes the article or else the code;
 * "Наименование" the name, "Категория" the folder path and "Цена" the sale price, as in the demo's Товары
 * catalog. "Остаток" takes the total stock. The English names "Name", "Category", "Price" and "Stock" match too.
 */
record ColumnMapping(Map<String, ColumnSource> sources) {

    private static final Map<String, ColumnSource> BY_COLUMN_NAME = Map.ofEntries(
            Map.entry("наименование", ColumnSource.NAME), Map.entry("название", ColumnSource.NAME),
            Map.entry("name", ColumnSource.NAME),
            Map.entry("категория", ColumnSource.FOLDER), Map.entry("группа", ColumnSource.FOLDER),
            Map.entry("category", ColumnSource.FOLDER),
            Map.entry("цена", ColumnSource.SALE_PRICE), Map.entry("price", ColumnSource.SALE_PRICE),
            Map.entry("остаток", ColumnSource.STOCK_TOTAL), Map.entry("stock", ColumnSource.STOCK_TOTAL),
            Map.entry("артикул", ColumnSource.ARTICLE), Map.entry("код", ColumnSource.CODE));

    ColumnMapping {
        sources = Map.copyOf(sources);
    }

    static ColumnMapping defaultFor(List<Catalog.Header> headers) {
        Map<String, ColumnSource> sources = new LinkedHashMap<>();
        for (int i = 0; i < headers.size(); i++) {
            String name = headers.get(i).name();
            ColumnSource source = i == 0 ? ColumnSource.ARTICLE_OR_CODE
                    : BY_COLUMN_NAME.getOrDefault(name.trim().toLowerCase(Locale.ROOT), ColumnSource.KEEP);
            sources.put(name, source);
        }
        return new ColumnMapping(sources);
    }

    /** Returns the source of the column, the default one when the mapping does not name it. */
    ColumnSource sourceOf(List<Catalog.Header> headers, int column) {
        Catalog.Header header = headers.get(column);
        ColumnSource stored = sources.get(header.name());
        return stored != null ? stored : defaultFor(headers).sources().get(header.name());
    }

    /** Returns one source per column of the catalog, in column order. */
    List<ColumnSource> sourcesFor(List<Catalog.Header> headers) {
        return java.util.stream.IntStream.range(0, headers.size()).mapToObj(i -> sourceOf(headers, i)).toList();
    }
}
