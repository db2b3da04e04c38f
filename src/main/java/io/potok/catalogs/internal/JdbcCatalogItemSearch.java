package io.potok.catalogs.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.List;

import io.potok.catalogs.CatalogItem;
import io.potok.catalogs.CatalogItemSearch;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import tools.jackson.databind.json.JsonMapper;

/**
 * Filters items with one SQL statement: each condition compares a cell with a LIKE pattern, both lower-cased
 * by PostgreSQL, and the values and column indexes are bound as parameters.
 */
@Service
class JdbcCatalogItemSearch implements CatalogItemSearch {

    private final JdbcClient jdbc;
    private final JsonMapper json;

    JdbcCatalogItemSearch(JdbcClient jdbc, JsonMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    @Override
    public List<CatalogItem> find(long orgId, long catalogId, List<CellCondition> conditions, boolean includeDeleted) {
        StringBuilder sql = new StringBuilder("""
                select id, catalog_id, item_values, deleted from catalog_items
                where org_id = :org and catalog_id = :catalog and (:all or not deleted)
                """);
        for (int i = 0; i < conditions.size(); i++) {
            sql.append(" and lower(coalesce(item_values ->> :column").append(i)
                    .append(", '')) like lower(:pattern").append(i).append(")").append(" escape '\\'");
        }
        JdbcClient.StatementSpec statement = jdbc.sql(sql.append(" order by id").toString())
                .param("org", orgId)
                .param("catalog", catalogId)
                .param("all", includeDeleted);
        for (int i = 0; i < conditions.size(); i++) {
            statement = statement.param("column" + i, conditions.get(i).column())
                    .param("pattern" + i, pattern(conditions.get(i)));
        }
        return statement.query((rs, row) -> item(rs)).list();
    }

    /** Escapes the LIKE wildcards of the value so it matches literally, then turns {@code *} into {@code %}. */
    private static String pattern(CellCondition condition) {
        String literal = condition.value()
                .replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
        return condition.wildcard() ? literal.replace("*", "%") : literal;
    }

    private CatalogItem item(ResultSet rs) throws SQLException {
        List<String> values = Arrays.stream(json.readValue(rs.getString("item_values"), String[].class))
                .map(value -> value == null ? "" : value)
                .toList();
        return new CatalogItem(rs.getLong("id"), rs.getLong("catalog_id"), values, rs.getBoolean("deleted"));
    }
}
