package io.potok.integrations.internal;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.potok.catalogs.Catalog;
import io.potok.catalogs.CatalogItem;

/**
 * Turns the products and stock read from МойСклад into catalog rows and stock on hand by item key, following
 * the column mapping.
 *
 * @param rows one row per product with a non-empty key, in the catalog's column order
 * @param stockByKey stock keyed by item key, then by store name, for the products among the rows
 * @param skipped products left out because their key column came out empty
 */
record ProductRows(List<List<String>> rows, Map<String, Map<String, BigDecimal>> stockByKey, int skipped) {

    static ProductRows build(Catalog catalog, ColumnMapping mapping, List<MoyskladProduct> products,
                             Map<String, Map<String, BigDecimal>> stockByProductId, List<CatalogItem> currentItems) {
        List<ColumnSource> sources = mapping.sourcesFor(catalog.headers());
        Map<String, List<String>> currentByKey = new HashMap<>();
        currentItems.forEach(item -> currentByKey.put(item.key(), item.values()));

        List<List<String>> rows = new ArrayList<>();
        Map<String, Map<String, BigDecimal>> stockByKey = new LinkedHashMap<>();
        int skipped = 0;
        for (MoyskladProduct product : products) {
            Map<String, BigDecimal> stock = stockByProductId.getOrDefault(product.id(), Map.of());
            List<String> row = row(sources, product, stock, currentByKey);
            if (row.get(0).isBlank()) {
                skipped++;
                continue;
            }
            rows.add(row);
            stockByKey.put(row.get(0), stock);
        }
        return new ProductRows(rows, stockByKey, skipped);
    }

    /** Returns how many (item, store) stock levels the rows carry. */
    int stockLevelCount() {
        return stockByKey.values().stream().mapToInt(Map::size).sum();
    }

    private static List<String> row(List<ColumnSource> sources, MoyskladProduct product, Map<String, BigDecimal> stock,
                                    Map<String, List<String>> currentByKey) {
        List<String> row = new ArrayList<>(sources.size());
        for (ColumnSource source : sources) {
            String value = source.valueOf(product, stock);
            row.add(value);
        }
        List<String> current = currentByKey.get(row.get(0) == null ? "" : row.get(0));
        for (int column = 0; column < row.size(); column++) {
            if (row.get(column) == null) {
                row.set(column, current != null && column < current.size() ? current.get(column) : "");
            }
        }
        return row;
    }
}
