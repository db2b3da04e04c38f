package io.potok.integrations.internal;

import java.net.URI;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import io.potok.integrations.InventoryConnection;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * Stores each organisation's {@link MoyskladConnection} in {@code moysklad_connections}.
 */
@Repository
class MoyskladConnections {

    private final JdbcClient jdbc;
    private final JsonMapper json;

    MoyskladConnections(JdbcClient jdbc, JsonMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    /** Returns the organisation's connection, or an empty disabled one when none was saved. */
    MoyskladConnection find(long orgId) {
        Optional<MoyskladConnection> stored = jdbc.sql("select * from moysklad_connections where org_id = :org")
                .param("org", orgId)
                .query(this::connection)
                .optional();
        return stored.orElseGet(() -> MoyskladConnection.empty(orgId));
    }

    /** Saves what the settings page edits; a null token keeps the stored one. */
    void saveSettings(long orgId, String tokenEncrypted, Long catalogId, ColumnMapping mapping, int intervalMinutes,
                      boolean enabled) {
        jdbc.sql("""
                        insert into moysklad_connections (org_id, token_encrypted, catalog_id, column_mapping,
                                                          interval_minutes, enabled)
                        values (:org, :token, :catalog, cast(:mapping as jsonb), :interval, :enabled)
                        on conflict (org_id) do update set
                            token_encrypted = coalesce(excluded.token_encrypted, moysklad_connections.token_encrypted),
                            catalog_id = excluded.catalog_id, column_mapping = excluded.column_mapping,
                            interval_minutes = excluded.interval_minutes, enabled = excluded.enabled,
                            updated_at = now()
                        """)
                .param("org", orgId)
                .param("token", tokenEncrypted)
                .param("catalog", catalogId)
                .param("mapping", mappingJson(mapping))
                .param("interval", intervalMinutes)
                .param("enabled", enabled)
                .update();
    }

    /** Points the organisation at another JSON API root, such as a local test server; null restores the default. */
    void setBaseUrl(long orgId, URI baseUrl) {
        jdbc.sql("""
                        insert into moysklad_connections (org_id, base_url) values (:org, :url)
                        on conflict (org_id) do update set base_url = excluded.base_url, updated_at = now()
                        """)
                .param("org", orgId)
                .param("url", baseUrl == null ? null : baseUrl.toString())
                .update();
    }

    /** Returns the organisations whose enabled sync is due: never tried, or last tried an interval ago. */
    List<Long> dueOrgIds(Instant now) {
        return jdbc.sql("""
                        select org_id from moysklad_connections
                        where enabled and token_encrypted is not null and catalog_id is not null
                          and (last_attempt_at is null
                               or last_attempt_at + interval_minutes * interval '1 minute' <= :now)
                        order by org_id
                        """)
                .param("now", Timestamp.from(now))
                .query(Long.class)
                .list();
    }

    void recordAttempt(long orgId, Instant at) {
        jdbc.sql("update moysklad_connections set last_attempt_at = :at where org_id = :org")
                .param("at", Timestamp.from(at)).param("org", orgId).update();
    }

    void recordSuccess(long orgId, InventoryConnection.Success success) {
        jdbc.sql("""
                        update moysklad_connections set last_success_at = :at, last_added = :added,
                            last_updated = :updated, last_archived = :archived, last_stock_rows = :stock
                        where org_id = :org
                        """)
                .param("at", Timestamp.from(success.at()))
                .param("added", success.added())
                .param("updated", success.updated())
                .param("archived", success.archived())
                .param("stock", success.stockRows())
                .param("org", orgId)
                .update();
    }

    /** Records the failure, also for an organisation that never saved its settings, so the page shows it. */
    void recordFailure(long orgId, InventoryConnection.Failure failure) {
        jdbc.sql("""
                        insert into moysklad_connections (org_id, last_failure_at, last_failure_reason,
                            last_failure_detail)
                        values (:org, :at, :reason, :detail)
                        on conflict (org_id) do update set last_failure_at = excluded.last_failure_at,
                            last_failure_reason = excluded.last_failure_reason,
                            last_failure_detail = excluded.last_failure_detail
                        """)
                .param("at", Timestamp.from(failure.at()))
                .param("reason", failure.reason())
                .param("detail", failure.detail())
                .param("org", orgId)
                .update();
    }

    private MoyskladConnection connection(ResultSet row, int number) throws SQLException {
        Long catalogId = row.getObject("catalog_id", Long.class);
        String baseUrl = row.getString("base_url");
        return new MoyskladConnection(row.getLong("org_id"), row.getString("token_encrypted"),
                catalogId, mapping(row.getString("column_mapping")),
                row.getInt("interval_minutes"), row.getBoolean("enabled"),
                baseUrl == null ? null : URI.create(baseUrl), instant(row, "last_attempt_at"),
                success(row), failure(row));
    }

    private static InventoryConnection.Success success(ResultSet row) throws SQLException {
        Instant at = instant(row, "last_success_at");
        if (at == null) {
            return null;
        }
        return new InventoryConnection.Success(at, row.getInt("last_added"), row.getInt("last_updated"),
                row.getInt("last_archived"), row.getInt("last_stock_rows"));
    }

    private static InventoryConnection.Failure failure(ResultSet row) throws SQLException {
        Instant at = instant(row, "last_failure_at");
        if (at == null) {
            return null;
        }
        return new InventoryConnection.Failure(at, row.getString("last_failure_reason"),
                row.getString("last_failure_detail"));
    }

    private static Instant instant(ResultSet row, String column) throws SQLException {
        Timestamp value = row.getTimestamp(column);
        return value == null ? null : value.toInstant();
    }

    private ColumnMapping mapping(String stored) {
        Map<String, String> ids = json.readValue(stored, new TypeReference<Map<String, String>>() { });
        Map<String, ColumnSource> sources = new LinkedHashMap<>();
        ids.forEach((column, id) -> sources.put(column, ColumnSource.fromId(id)));
        return new ColumnMapping(sources);
    }

    private String mappingJson(ColumnMapping mapping) {
        Map<String, String> ids = new LinkedHashMap<>();
        mapping.sources().forEach((column, source) -> ids.put(column, source.id()));
        return json.writeValueAsString(ids);
    }
}
