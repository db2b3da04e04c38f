package io.potok.catalogs.internal;

import java.util.List;

import io.potok.catalogs.Catalog;
import io.potok.catalogs.CatalogArchived;
import io.potok.catalogs.CatalogChanged;
import io.potok.catalogs.CatalogEditor;
import io.potok.catalogs.CatalogItem;
import io.potok.catalogs.CatalogItemChanged;
import io.potok.catalogs.CatalogItemNotFound;
import io.potok.catalogs.CatalogItemsChanged;
import io.potok.catalogs.CatalogNameInvalid;
import io.potok.catalogs.CatalogNotFound;
import io.potok.catalogs.Catalogs;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.json.JsonMapper;

/**
 * Edits catalogs in {@code catalogs}; the version checks rely on the triggers that raise {@code version} on
 * every update (migration V121).
 */
@Service
@Transactional
class JdbcCatalogEditor implements CatalogEditor {

    /** The maximum length of a catalog name, so that lists and page titles stay readable. */
    static final int NAME_MAX_LENGTH = 200;

    private static final Logger log = LoggerFactory.getLogger(JdbcCatalogEditor.class);

    private final Catalogs catalogs;
    private final JdbcClient jdbc;
    private final JsonMapper json;
    private final ItemWrites items;
    private final ColumnRewrite rewrite;
    private final ApplicationEventPublisher events;

    JdbcCatalogEditor(Catalogs catalogs, JdbcClient jdbc, JsonMapper json, ItemWrites items, ColumnRewrite rewrite,
                      ApplicationEventPublisher events) {
        this.catalogs = catalogs;
        this.events = events;
        this.jdbc = jdbc;
        this.json = json;
        this.items = items;
        this.rewrite = rewrite;
    }

    @Override
    public Catalog createCatalog(long orgId, String name, List<Catalog.Header> headers) {
        return catalogs.create(orgId, checkedName(name), ColumnLayout.checkNew(headers), List.of());
    }

    @Override
    public void rename(long orgId, long catalogId, long version, String name) {
        Catalog catalog = found(orgId, catalogId);
        int renamed = jdbc.sql("update catalogs set name = :name where org_id = :org and id = :id and version = :version")
                .param("name", checkedName(name))
                .param("org", orgId)
                .param("id", catalogId)
                .param("version", version)
                .update();
        if (renamed == 0) {
            throw new CatalogChanged(catalog.name());
        }
    }

    @Override
    public void changeColumns(long orgId, long catalogId, long version, List<Column> columns) {
        Catalog catalog = editable(orgId, catalogId);
        ColumnLayout layout = ColumnLayout.change(catalog.headers(), columns);

        int changed = jdbc.sql("""
                        update catalogs set headers = cast(:headers as jsonb)
                         where org_id = :org and id = :id and version = :version
                        """)
                .param("headers", json.writeValueAsString(layout.headers()))
                .param("org", orgId)
                .param("id", catalogId)
                .param("version", version)
                .update();
        if (changed == 0) {
            throw new CatalogChanged(catalog.name());
        }

        int rewritten = layout.movesValues() ? rewrite.rewrite(orgId, catalog, layout) : 0;
        log.info("Catalog {} of organisation {} has new columns; {} items rewritten", catalogId, orgId, rewritten);
        events.publishEvent(new CatalogItemsChanged(orgId, catalogId, 0, rewritten, 0));
    }

    @Override
    public void archive(long orgId, long catalogId) {
        setArchived(orgId, catalogId, true);
        log.info("Catalog {} of organisation {} archived", catalogId, orgId);
    }

    @Override
    public void restore(long orgId, long catalogId) {
        setArchived(orgId, catalogId, false);
        log.info("Catalog {} of organisation {} restored", catalogId, orgId);
    }

    @Override
    public CatalogItem addItem(long orgId, long catalogId, List<String> values) {
        CatalogItem added = items.add(orgId, editable(orgId, catalogId), values);
        events.publishEvent(new CatalogItemsChanged(orgId, catalogId, 1, 0, 0));
        return added;
    }

    @Override
    public CatalogItem editItem(long orgId, long catalogId, long itemId, long version, List<String> values) {
        Catalog catalog = editable(orgId, catalogId);
        CatalogItem edited = items.edit(orgId, catalog, existing(orgId, catalogId, itemId), version, values);
        events.publishEvent(new CatalogItemsChanged(orgId, catalogId, 0, 1, 0));
        return edited;
    }

    @Override
    public void archiveItem(long orgId, long catalogId, long itemId, long version) {
        CatalogItem item = existing(orgId, editable(orgId, catalogId).id(), itemId);
        if (!items.setDeleted(orgId, itemId, version, true)) {
            throw new CatalogItemChanged(item.key());
        }
        events.publishEvent(new CatalogItemsChanged(orgId, catalogId, 0, 0, 1));
    }

    @Override
    public void restoreItem(long orgId, long catalogId, long itemId, long version) {
        CatalogItem item = existing(orgId, editable(orgId, catalogId).id(), itemId);
        items.checkKeyFree(orgId, catalogId, item.key(), itemId);
        if (!items.setDeleted(orgId, itemId, version, false)) {
            throw new CatalogItemChanged(item.key());
        }
        events.publishEvent(new CatalogItemsChanged(orgId, catalogId, 1, 0, 0));
    }

    private void setArchived(long orgId, long catalogId, boolean archived) {
        int changed = jdbc.sql("update catalogs set archived = :archived where org_id = :org and id = :id")
                .param("archived", archived)
                .param("org", orgId)
                .param("id", catalogId)
                .update();
        if (changed == 0) {
            throw new CatalogNotFound(catalogId);
        }
    }

    private Catalog found(long orgId, long catalogId) {
        return catalogs.find(orgId, catalogId).orElseThrow(() -> new CatalogNotFound(catalogId));
    }

    /** Returns the catalog when its items and columns may change, that is when it is not archived. */
    private Catalog editable(long orgId, long catalogId) {
        Catalog catalog = found(orgId, catalogId);
        if (catalog.archived()) {
            throw new CatalogArchived(catalog.name());
        }
        return catalog;
    }

    private CatalogItem existing(long orgId, long catalogId, long itemId) {
        return catalogs.item(orgId, itemId)
                .filter(item -> item.catalogId() == catalogId)
                .orElseThrow(() -> new CatalogItemNotFound(itemId));
    }

    private static String checkedName(String name) {
        String trimmed = name == null ? "" : name.strip();
        if (trimmed.isEmpty() || trimmed.length() > NAME_MAX_LENGTH) {
            throw new CatalogNameInvalid(NAME_MAX_LENGTH);
        }
        return trimmed;
    }
}
