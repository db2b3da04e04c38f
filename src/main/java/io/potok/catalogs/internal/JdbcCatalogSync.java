package io.potok.catalogs.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import io.potok.catalogs.Catalog;
import io.potok.catalogs.CatalogItem;
import io.potok.catalogs.CatalogItemsChanged;
import io.potok.catalogs.CatalogKeyDuplicated;
import io.potok.catalogs.CatalogNotFound;
import io.potok.catalogs.CatalogSync;
import io.potok.catalogs.CatalogValueInvalid;
import io.potok.catalogs.SyncResult;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Syncs in one transaction that holds a lock on the catalog row, so two syncs of one catalog run one after
 * the other. Every row is checked and the whole plan computed before the first write; a dry run stops there.
 */
@Service
class JdbcCatalogSync implements CatalogSync {

    private static final Logger log = LoggerFactory.getLogger(JdbcCatalogSync.class);

    private final CatalogItemStore store;
    private final CellValues cellValues;
    private final ApplicationEventPublisher events;

    JdbcCatalogSync(CatalogItemStore store, CellValues cellValues, ApplicationEventPublisher events) {
        this.store = store;
        this.cellValues = cellValues;
        this.events = events;
    }

    @Override
    @Transactional
    public SyncResult sync(long orgId, long catalogId, List<Catalog.Header> headers, List<List<String>> rows,
                           boolean archiveMissing, boolean apply) {
        List<Catalog.Header> current = lock(orgId, catalogId);
        ColumnChange columns = headers == null ? ColumnChange.none(current) : ColumnChange.of(current, headers);
        List<List<String>> normalized = normalize(orgId, columns.headers(), rows, Set.of());

        Map<String, StoredItem> stored = byKey(store.all(catalogId, columns));
        SyncPlan plan = new SyncPlan(columns);
        for (List<String> row : normalized) {
            plan.upsert(row, stored.remove(row.get(0)));
        }
        if (archiveMissing) {
            stored.values().forEach(plan::archive);
        }
        return finish(orgId, catalogId, plan, apply);
    }

    @Override
    @Transactional
    public SyncResult diff(long orgId, long catalogId, List<List<String>> upsert, List<String> deleteKeys,
                           boolean apply) {
        List<Catalog.Header> current = lock(orgId, catalogId);
        ColumnChange columns = ColumnChange.none(current);
        Set<String> deleted = normalizeKeys(orgId, current.get(0), deleteKeys);
        List<List<String>> normalized = normalize(orgId, columns.headers(), upsert, deleted);

        Set<String> keys = new LinkedHashSet<>(deleted);
        normalized.forEach(row -> keys.add(row.get(0)));
        Map<String, StoredItem> stored = byKey(store.byKeys(catalogId, keys, columns));
        SyncPlan plan = new SyncPlan(columns);
        for (List<String> row : normalized) {
            plan.upsert(row, stored.get(row.get(0)));
        }
        deleted.stream().map(stored::get).filter(item -> item != null).forEach(plan::archive);
        return finish(orgId, catalogId, plan, apply);
    }

    private List<Catalog.Header> lock(long orgId, long catalogId) {
        return store.lockHeaders(orgId, catalogId).orElseThrow(() -> new CatalogNotFound(catalogId));
    }

    /**
     * Normalises every row and rejects a key that occurs twice, or that is also among the keys to delete.
     */
    private List<List<String>> normalize(long orgId, List<Catalog.Header> headers, List<List<String>> rows,
                                         Set<String> deleteKeys) {
        RowNormalizer normalizer = cellValues.forColumns(orgId, headers);
        Set<String> keys = new HashSet<>(rows.size() * 2);
        List<List<String>> normalized = new ArrayList<>(rows.size());
        for (List<String> raw : rows) {
            List<String> row = normalizer.row(raw);
            if (!keys.add(row.get(0)) || deleteKeys.contains(row.get(0))) {
                throw new CatalogKeyDuplicated(row.get(0));
            }
            normalized.add(row);
        }
        return normalized;
    }

    /** Brings keys to the key column's stored form; a key that does not fit the type cannot match and stays as sent. */
    private Set<String> normalizeKeys(long orgId, Catalog.Header keyColumn, List<String> keys) {
        RowNormalizer normalizer = cellValues.forColumns(orgId, List.of(keyColumn));
        Set<String> normalized = new LinkedHashSet<>();
        for (String key : keys) {
            String text = key == null ? "" : key.strip();
            try {
                normalized.add(normalizer.cell(keyColumn, text, text));
            } catch (CatalogValueInvalid e) {
                normalized.add(text);
            }
        }
        return normalized;
    }

    private static Map<String, StoredItem> byKey(List<StoredItem> items) {
        Map<String, StoredItem> byKey = new HashMap<>(items.size() * 2);
        items.forEach(item -> byKey.put(item.key(), item));
        return byKey;
    }

    private SyncResult finish(long orgId, long catalogId, SyncPlan plan, boolean apply) {
        List<CatalogItem> added = apply && plan.changesAnything() ? write(orgId, catalogId, plan) : planned(catalogId, plan);
        SyncResult result = new SyncResult(apply, added, items(catalogId, plan.updates), items(catalogId, plan.archives),
                plan.columns.headers());
        if (apply && plan.changesAnything()) {
            log.info("Catalog {} of organisation {} synced: {} added, {} updated, {} archived", catalogId, orgId,
                    result.added().size(), result.updated().size(), result.archived().size());
            events.publishEvent(new CatalogItemsChanged(orgId, catalogId, result.added().size(),
                    result.updated().size(), result.archived().size()));
        }
        return result;
    }

    /** Writes the plan and returns the added and restored items with their ids. */
    private List<CatalogItem> write(long orgId, long catalogId, SyncPlan plan) {
        if (plan.columns.headersChanged()) {
            store.changeColumns(catalogId, plan.columns);
        }
        Map<String, Long> ids = store.insert(orgId, catalogId, plan.inserts);
        List<StoredItem> changed = new ArrayList<>(plan.restores);
        changed.addAll(plan.updates);
        store.update(changed);
        store.archive(plan.archives);
        store.bumpVersion(catalogId);

        List<CatalogItem> added = new ArrayList<>();
        for (List<String> row : plan.inserts) {
            added.add(new CatalogItem(ids.get(row.get(0)), catalogId, row, false));
        }
        added.addAll(items(catalogId, plan.restores));
        return added;
    }

    /** Returns the items a dry run would add: new ones with id 0, restored ones with their id. */
    private static List<CatalogItem> planned(long catalogId, SyncPlan plan) {
        List<CatalogItem> added = new ArrayList<>();
        plan.inserts.forEach(row -> added.add(new CatalogItem(0, catalogId, row, false)));
        added.addAll(items(catalogId, plan.restores));
        return added;
    }

    private static List<CatalogItem> items(long catalogId, List<StoredItem> items) {
        return items.stream().map(item -> item.toItem(catalogId)).toList();
    }
}
