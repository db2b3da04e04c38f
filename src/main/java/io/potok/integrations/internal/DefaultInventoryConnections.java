package io.potok.integrations.internal;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import io.potok.catalogs.Catalog;
import io.potok.catalogs.CatalogNotFound;
import io.potok.catalogs.Catalogs;
import io.potok.integrations.InventoryConnection;
import io.potok.integrations.InventoryConnections;
import io.potok.integrations.InventorySettings;
import io.potok.integrations.InventorySettingsInvalid;
import io.potok.platform.Secrets;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

/**
 * Checks and saves МойСклад connection settings, encrypting the token with the platform's secret store.
 */
@Service
class DefaultInventoryConnections implements InventoryConnections {

    static final int MAX_INTERVAL_MINUTES = 1440;

    private static final Logger log = LoggerFactory.getLogger(DefaultInventoryConnections.class);
    private static final Set<ColumnSource> KEY_SOURCES = Set.of(ColumnSource.ARTICLE_OR_CODE, ColumnSource.ARTICLE,
            ColumnSource.CODE, ColumnSource.NAME);

    private final MoyskladConnections connections;
    private final Catalogs catalogs;
    private final Secrets secrets;

    DefaultInventoryConnections(MoyskladConnections connections, Catalogs catalogs, Secrets secrets) {
        this.connections = connections;
        this.catalogs = catalogs;
        this.secrets = secrets;
    }

    @Override
    public InventoryConnection find(long orgId) {
        MoyskladConnection connection = connections.find(orgId);
        Map<String, String> sources = new LinkedHashMap<>();
        if (connection.catalogId() != null) {
            catalogs.find(orgId, connection.catalogId()).ifPresent(catalog -> sources.putAll(ids(connection.mapping(), catalog)));
        }
        return new InventoryConnection(connection.hasToken(), connection.catalogId(), sources,
                connection.intervalMinutes(), connection.enabled(), connection.lastSuccess(), connection.lastFailure());
    }

    @Override
    public void save(long orgId, InventorySettings settings) {
        MoyskladConnection current = connections.find(orgId);
        checkInterval(settings.intervalMinutes());
        ColumnMapping mapping = settings.catalogId() == null ? new ColumnMapping(Map.of())
                : mapping(activeCatalog(orgId, settings.catalogId()), settings.columnSources());
        String token = settings.token() == null || settings.token().isBlank() ? null : settings.token().trim();
        if (settings.enabled() && (settings.catalogId() == null || (token == null && !current.hasToken()))) {
            throw InventorySettingsInvalid.enabledWithoutTokenOrCatalog();
        }

        connections.saveSettings(orgId, token == null ? null : secrets.encrypt(token), settings.catalogId(), mapping,
                settings.intervalMinutes(), settings.enabled());
        log.info("МойСклад settings of organisation {} saved: catalog {}, every {} min, enabled {}, token {}", orgId,
                settings.catalogId(), settings.intervalMinutes(), settings.enabled(), token == null ? "kept" : "replaced");
    }

    @Override
    public List<String> columnSources() {
        return Arrays.stream(ColumnSource.values()).map(ColumnSource::id).toList();
    }

    @Override
    public Map<String, String> defaultColumnSources(long orgId, long catalogId) {
        return ids(new ColumnMapping(Map.of()), activeCatalog(orgId, catalogId));
    }

    private static void checkInterval(int minutes) {
        if (minutes < 1 || minutes > MAX_INTERVAL_MINUTES) {
            throw InventorySettingsInvalid.intervalOutOfRange(minutes);
        }
    }

    private Catalog activeCatalog(long orgId, long catalogId) {
        return catalogs.find(orgId, catalogId)
                .filter(catalog -> !catalog.archived())
                .orElseThrow(() -> new CatalogNotFound(catalogId));
    }

    /** Keeps the sources of the catalog's columns only, and checks that the key column gets a key. */
    private static ColumnMapping mapping(Catalog catalog, Map<String, String> sourceIds) {
        Map<String, ColumnSource> sources = new LinkedHashMap<>();
        for (Catalog.Header header : catalog.headers()) {
            String id = sourceIds.get(header.name());
            if (id != null && !id.isBlank()) {
                sources.put(header.name(), sourceOf(id, header.name()));
            }
        }
        ColumnMapping mapping = new ColumnMapping(sources);
        String keyColumn = catalog.headers().get(0).name();
        if (!KEY_SOURCES.contains(mapping.sourceOf(catalog.headers(), 0))) {
            throw InventorySettingsInvalid.keyColumnWithoutKey(keyColumn);
        }
        return mapping;
    }

    private static ColumnSource sourceOf(String id, String column) {
        try {
            return ColumnSource.fromId(id);
        } catch (IllegalArgumentException unknown) {
            throw InventorySettingsInvalid.unknownColumnSource(column, id);
        }
    }

    private static Map<String, String> ids(ColumnMapping mapping, Catalog catalog) {
        Map<String, String> ids = new LinkedHashMap<>();
        List<ColumnSource> sources = mapping.sourcesFor(catalog.headers());
        for (int i = 0; i < sources.size(); i++) {
            ids.put(catalog.headers().get(i).name(), sources.get(i).id());
        }
        return ids;
    }
}
