package io.potok.catalogs.internal;

import java.util.List;

import io.potok.catalogs.Catalog;
import io.potok.catalogs.CatalogItem;
import io.potok.catalogs.CatalogItemChanged;
import io.potok.catalogs.CatalogKeyArchived;
import io.potok.catalogs.CatalogKeyDuplicated;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * Writes single items to {@code catalog_items}, keeping keys unique within a catalog, archived items
 * included, as the table's unique constraint demands.
 */
@Component
class ItemWrites {

    private static final Logger log = LoggerFactory.getLogger(ItemWrites.class);

    private final JdbcClient jdbc;
    private final JsonMapper json;
    private final ItemValues values;

    ItemWrites(JdbcClient jdbc, JsonMapper json, ItemValues values) {
        this.jdbc = jdbc;
        this.json = json;
        this.values = values;
    }

    CatalogItem add(long orgId, Catalog catalog, List<String> typed) {
        List<String> cells = values.normalise(orgId, catalog, typed);
        checkKeyFree(orgId, catalog.id(), cells.get(0), 0);

        long itemId;
        try {
            itemId = jdbc.sql("""
                            insert into catalog_items (org_id, catalog_id, item_key, item_values)
                            values (:org, :catalog, :key, cast(:values as jsonb)) returning id
                            """)
                    .param("org", orgId)
                    .param("catalog", catalog.id())
                    .param("key", cells.get(0))
                    .param("values", json.writeValueAsString(cells))
                    .query(Long.class)
                    .single();
        } catch (DuplicateKeyException raced) {
            throw new CatalogKeyDuplicated(cells.get(0));
        }
        log.info("Item {} added to catalog {} of organisation {}", itemId, catalog.id(), orgId);
        return new CatalogItem(itemId, catalog.id(), cells, false);
    }

    CatalogItem edit(long orgId, Catalog catalog, CatalogItem item, long version, List<String> typed) {
        List<String> cells = values.normalise(orgId, catalog, typed);
        checkKeyFree(orgId, catalog.id(), cells.get(0), item.id());

        int changed;
        try {
            changed = jdbc.sql("""
                            update catalog_items set item_key = :key, item_values = cast(:values as jsonb)
                             where org_id = :org and id = :id and version = :version
                            """)
                    .param("key", cells.get(0))
                    .param("values", json.writeValueAsString(cells))
                    .param("org", orgId)
                    .param("id", item.id())
                    .param("version", version)
                    .update();
        } catch (DuplicateKeyException raced) {
            throw new CatalogKeyDuplicated(cells.get(0));
        }
        if (changed == 0) {
            throw new CatalogItemChanged(item.key());
        }
        return new CatalogItem(item.id(), catalog.id(), cells, item.deleted());
    }

    /** Archives or restores the item; returns false when its version is no longer the one given. */
    boolean setDeleted(long orgId, long itemId, long version, boolean deleted) {
        int changed = jdbc.sql("""
                        update catalog_items set deleted = :deleted
                         where org_id = :org and id = :id and version = :version
                        """)
                .param("deleted", deleted)
                .param("org", orgId)
                .param("id", itemId)
                .param("version", version)
                .update();
        if (changed == 1) {
            log.info("Item {} of organisation {} {}", itemId, orgId, deleted ? "archived" : "restored");
        }
        return changed == 1;
    }

    /**
     * Checks that no other item of the catalog has the key.
     *
     * @param itemId the item that will carry the key, or 0 for a new one
     */
    void checkKeyFree(long orgId, long catalogId, String key, long itemId) {
        jdbc.sql("select deleted from catalog_items where org_id = :org and catalog_id = :catalog and item_key = :key and id <> :id")
                .param("org", orgId)
                .param("catalog", catalogId)
                .param("key", key)
                .param("id", itemId)
                .query(Boolean.class)
                .optional()
                .ifPresent(deleted -> {
                    throw deleted ? new CatalogKeyArchived(key) : new CatalogKeyDuplicated(key);
                });
    }
}
