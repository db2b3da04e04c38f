package io.potok.catalogs.internal;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import io.potok.catalogs.CatalogItem;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * Finds a page of a catalog's items for the stock page: items that are not archived, whose cells contain
 * the search text (case-insensitive), in key order.
 */
@Component
public class StockItemSearch {

    private final JdbcClient jdbc;
    private final JsonMapper json;

    StockItemSearch(JdbcClient jdbc, JsonMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    /** Returns the items of one page, starting at {@code offset}. */
    public List<CatalogItem> page(long orgId, long catalogId, String search, int offset, int limit) {
        return jdbc.sql("""
                        select id, catalog_id, item_values from catalog_items
                         where org_id = :org and catalog_id = :catalog and not deleted
                           and lower(item_values::text) like :pattern escape '\\'
                         order by item_key, id offset :offset limit :limit
                        """)
                .param("org", orgId)
                .param("catalog", catalogId)
                .param("pattern", pattern(search))
                .param("offset", offset)
                .param("limit", limit)
                .query((rs, row) -> new CatalogItem(rs.getLong("id"), rs.getLong("catalog_id"),
                        Arrays.asList(json.readValue(rs.getString("item_values"), String[].class)), false))
                .list();
    }

    /** Returns how many items match the search. */
    public int count(long orgId, long catalogId, String search) {
        return jdbc.sql("""
                        select count(*) from catalog_items
                         where org_id = :org and catalog_id = :catalog and not deleted
                           and lower(item_values::text) like :pattern escape '\\'
                        """)
                .param("org", orgId)
                .param("catalog", catalogId)
                .param("pattern", pattern(search))
                .query(Integer.class)
                .single();
    }

    /** Escapes the LIKE wildcards so that the text matches literally anywhere in the cells. */
    private static String pattern(String search) {
        String literal = (search == null ? "" : search.trim()).toLowerCase(Locale.ROOT)
                .replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
        return "%" + literal + "%";
    }
}
