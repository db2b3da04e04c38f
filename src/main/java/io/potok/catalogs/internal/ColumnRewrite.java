package io.potok.catalogs.internal;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import io.potok.catalogs.Catalog;
import io.potok.catalogs.CatalogKeyDuplicated;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * Moves every item of a catalog, archived ones included, into a new column layout and converts the values
 * of columns whose type changed. It runs inside the caller's transaction, so one value that does not fit
 * leaves every item as it was.
 */
@Component
class ColumnRewrite {

    private static final int CHUNK = 1000;

    private final JdbcClient jdbc;
    private final JdbcTemplate batch;
    private final JsonMapper json;
    private final ItemValues values;

    ColumnRewrite(JdbcClient jdbc, JdbcTemplate batch, JsonMapper json, ItemValues values) {
        this.jdbc = jdbc;
        this.batch = batch;
        this.json = json;
        this.values = values;
    }

    /** Rewrites the items and returns how many there were. */
    int rewrite(long orgId, Catalog catalog, ColumnLayout layout) {
        List<Catalog.Header> headers = layout.headers();
        RowNormalizer converter = values.converter(orgId, headers);
        Set<String> keys = new HashSet<>();
        long after = 0;
        int count = 0;
        List<StoredItem> chunk;
        do {
            chunk = chunkAfter(orgId, catalog.id(), after);
            List<Object[]> updates = new ArrayList<>(chunk.size());
            for (StoredItem item : chunk) {
                List<String> cells = converted(converter, headers, layout, item.values());
                if (!keys.add(cells.get(0))) {
                    throw new CatalogKeyDuplicated(cells.get(0));
                }
                updates.add(new Object[] {cells.get(0), json.writeValueAsString(cells), item.id()});
                after = item.id();
            }
            batch.batchUpdate("update catalog_items set item_key = ?, item_values = cast(? as jsonb) where id = ?", updates);
            count += chunk.size();
        } while (chunk.size() == CHUNK);
        return count;
    }

    private static List<String> converted(RowNormalizer converter, List<Catalog.Header> headers, ColumnLayout layout,
                                          List<String> old) {
        List<String> cells = new ArrayList<>(layout.carryOver(old));
        String key = cells.get(0);
        for (int i = 0; i < cells.size(); i++) {
            if (layout.typeChanged(i) && !cells.get(i).isEmpty()) {
                cells.set(i, converter.cell(headers.get(i), key, cells.get(i)));
            }
        }
        if (cells.get(0).isEmpty()) {
            throw CatalogRowInvalid.keyMissing(headers.get(0).name());
        }
        return cells;
    }

    private List<StoredItem> chunkAfter(long orgId, long catalogId, long after) {
        return jdbc.sql("""
                        select id, item_values from catalog_items
                         where org_id = :org and catalog_id = :catalog and id > :after
                         order by id limit :limit
                        """)
                .param("org", orgId)
                .param("catalog", catalogId)
                .param("after", after)
                .param("limit", CHUNK)
                .query((rs, row) -> new StoredItem(rs.getLong("id"),
                        cells(json.readValue(rs.getString("item_values"), String[].class))))
                .list();
    }

    private static List<String> cells(String[] stored) {
        return Arrays.stream(stored).map(value -> value == null ? "" : value).toList();
    }

    private record StoredItem(long id, List<String> values) {
    }
}
