package io.potok.catalogs.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import io.potok.catalogs.Catalog;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tools.jackson.databind.json.JsonMapper;

/**
 * Set-based reads and writes of catalog items for syncs: each write is one statement per chunk of rows,
 * with the rows passed as arrays, so that a sync of 100,000 rows makes a few dozen round trips.
 */
@Repository
class CatalogItemStore {

    /** Rows per statement; keeps the array parameters to a few megabytes. */
    private static final int CHUNK = 5_000;

    private final JdbcClient jdbc;
    private final JsonMapper json;

    CatalogItemStore(JdbcClient jdbc, JsonMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    /** Locks the catalog row until the transaction ends and returns its columns; empty when not found. */
    Optional<List<Catalog.Header>> lockHeaders(long orgId, long catalogId) {
        return jdbc.sql("select headers from catalogs where org_id = :org and id = :id for update")
                .param("org", orgId)
                .param("id", catalogId)
                .query((rs, row) -> Arrays.asList(json.readValue(rs.getString(1), Catalog.Header[].class)))
                .optional();
    }

    /** Reads every item of the catalog, archived ones included, with cells rearranged for the new columns. */
    List<StoredItem> all(long catalogId, ColumnChange columns) {
        return jdbc.sql("select id, item_key, item_values, deleted from catalog_items where catalog_id = :catalog")
                .param("catalog", catalogId)
                .query((rs, row) -> stored(rs, columns))
                .list();
    }

    /** Reads the items of the catalog with the given keys, archived ones included. */
    List<StoredItem> byKeys(long catalogId, Collection<String> keys, ColumnChange columns) {
        List<StoredItem> found = new ArrayList<>();
        for (List<String> chunk : chunks(List.copyOf(keys))) {
            found.addAll(jdbc.sql("""
                            select id, item_key, item_values, deleted from catalog_items
                            where catalog_id = :catalog and item_key = any(cast(:keys as text[]))
                            """)
                    .param("catalog", catalogId)
                    .param("keys", chunk.toArray(String[]::new))
                    .query((rs, row) -> stored(rs, columns))
                    .list());
        }
        return found;
    }

    /** Stores the new columns and moves every item's cells to match them. */
    void changeColumns(long catalogId, ColumnChange columns) {
        jdbc.sql("update catalogs set headers = cast(:headers as jsonb) where id = :id")
                .param("headers", json.writeValueAsString(columns.headers()))
                .param("id", catalogId)
                .update();
        if (!columns.cellsMove()) {
            return;
        }
        jdbc.sql("""
                        update catalog_items set item_values = (
                            select coalesce(jsonb_agg(coalesce(item_values ->> source.old_index, '') order by source.position),
                                            '[]'::jsonb)
                            from unnest(cast(:sources as int[])) with ordinality as source(old_index, position))
                        where catalog_id = :catalog
                        """)
                .param("sources", columns.sourceIndexes().toArray(Integer[]::new))
                .param("catalog", catalogId)
                .update();
    }

    /** Inserts the rows as new items and returns their ids by key. */
    Map<String, Long> insert(long orgId, long catalogId, List<List<String>> rows) {
        Map<String, Long> ids = new HashMap<>(rows.size() * 2);
        for (List<List<String>> chunk : chunks(rows)) {
            jdbc.sql("""
                            insert into catalog_items (org_id, catalog_id, item_key, item_values)
                            select :org, :catalog, row.item_key, cast(row.item_values as jsonb)
                            from unnest(cast(:keys as text[]), cast(:values as text[]))
                                 with ordinality as row(item_key, item_values, position)
                            order by row.position
                            returning id, item_key
                            """)
                    .param("org", orgId)
                    .param("catalog", catalogId)
                    .param("keys", chunk.stream().map(row -> row.get(0)).toArray(String[]::new))
                    .param("values", chunk.stream().map(json::writeValueAsString).toArray(String[]::new))
                    .query((rs, row) -> ids.put(rs.getString("item_key"), rs.getLong("id")))
                    .list();
        }
        return ids;
    }

    /** Writes the items' new values and takes them out of the archive. */
    void update(List<StoredItem> items) {
        for (List<StoredItem> chunk : chunks(items)) {
            jdbc.sql("""
                            update catalog_items item set item_values = cast(changed.item_values as jsonb), deleted = false
                            from unnest(cast(:ids as bigint[]), cast(:values as text[])) as changed(id, item_values)
                            where item.id = changed.id
                            """)
                    .param("ids", chunk.stream().map(StoredItem::id).toArray(Long[]::new))
                    .param("values", chunk.stream().map(item -> json.writeValueAsString(item.values()))
                            .toArray(String[]::new))
                    .update();
        }
    }

    void archive(List<StoredItem> items) {
        for (List<StoredItem> chunk : chunks(items)) {
            jdbc.sql("update catalog_items set deleted = true where id = any(cast(:ids as bigint[]))")
                    .param("ids", chunk.stream().map(StoredItem::id).toArray(Long[]::new))
                    .update();
        }
    }

    void bumpVersion(long catalogId) {
        jdbc.sql("update catalogs set version = version + 1 where id = :id").param("id", catalogId).update();
    }

    private StoredItem stored(ResultSet rs, ColumnChange columns) throws SQLException {
        String[] cells = json.readValue(rs.getString("item_values"), String[].class);
        List<String> values = columns.rearrange(Arrays.asList(cells));
        return new StoredItem(rs.getLong("id"), rs.getString("item_key"), values, rs.getBoolean("deleted"));
    }

    private static <T> List<List<T>> chunks(List<T> rows) {
        List<List<T>> chunks = new ArrayList<>();
        for (int start = 0; start < rows.size(); start += CHUNK) {
            chunks.add(rows.subList(start, Math.min(rows.size(), start + CHUNK)));
        }
        return chunks;
    }
}
