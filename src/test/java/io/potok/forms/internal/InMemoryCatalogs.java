package io.potok.forms.internal;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import io.potok.catalogs.Catalog;
import io.potok.catalogs.CatalogItem;
import io.potok.catalogs.Catalogs;

/**
 * Catalogs kept in memory, with items added by the test; ids are given by the test so assertions can name them.
 */
class InMemoryCatalogs implements Catalogs {

    private final Map<Long, Catalog> catalogs = new LinkedHashMap<>();
    private final Map<Long, CatalogItem> items = new LinkedHashMap<>();

    InMemoryCatalogs addCatalog(long orgId, long catalogId, String name, String... headers) {
        List<Catalog.Header> columns = new ArrayList<>();
        for (String header : headers) {
            columns.add(new Catalog.Header(header, "text"));
        }
        catalogs.put(catalogId, new Catalog(catalogId, orgId, name, columns, false));
        return this;
    }

    InMemoryCatalogs addItem(long catalogId, long itemId, boolean deleted, String... values) {
        items.put(itemId, new CatalogItem(itemId, catalogId, List.of(values), deleted));
        return this;
    }

    @Override
    public Optional<Catalog> find(long orgId, long catalogId) {
        return Optional.ofNullable(catalogs.get(catalogId)).filter(catalog -> catalog.orgId() == orgId);
    }

    @Override
    public List<Catalog> list(long orgId) {
        return catalogs.values().stream().filter(catalog -> catalog.orgId() == orgId).toList();
    }

    @Override
    public List<CatalogItem> items(long orgId, long catalogId, boolean includeDeleted) {
        return items.values().stream()
                .filter(item -> item.catalogId() == catalogId && inOrg(orgId, item))
                .filter(item -> includeDeleted || !item.deleted())
                .toList();
    }

    @Override
    public List<CatalogItem> itemsAfter(long orgId, long catalogId, long afterItemId, int limit) {
        return items(orgId, catalogId, false).stream()
                .filter(item -> item.id() > afterItemId)
                .limit(limit)
                .toList();
    }

    @Override
    public Optional<CatalogItem> item(long orgId, long itemId) {
        return Optional.ofNullable(items.get(itemId)).filter(item -> inOrg(orgId, item));
    }

    @Override
    public Map<Long, CatalogItem> items(long orgId, Collection<Long> itemIds) {
        Map<Long, CatalogItem> found = new LinkedHashMap<>();
        itemIds.forEach(id -> item(orgId, id).ifPresent(item -> found.put(id, item)));
        return found;
    }

    @Override
    public Optional<CatalogItem> itemByKey(long orgId, long catalogId, String key) {
        return items(orgId, catalogId, false).stream().filter(item -> item.key().equals(key)).findFirst();
    }

    @Override
    public List<CatalogItem> itemsByKeyPrefix(long orgId, long catalogId, String prefix, int limit) {
        String lowerPrefix = prefix.toLowerCase(java.util.Locale.ROOT);
        return items(orgId, catalogId, false).stream()
                .filter(item -> item.key().toLowerCase(java.util.Locale.ROOT).startsWith(lowerPrefix))
                .sorted(java.util.Comparator.comparing((CatalogItem item) -> item.key().toLowerCase(java.util.Locale.ROOT)))
                .limit(limit)
                .toList();
    }

    @Override
    public List<CatalogItem> itemsByKeyPrefix(long orgId, long catalogId, String prefix,
                                              List<io.potok.catalogs.CellCondition> conditions, int limit) {
        return itemsByKeyPrefix(orgId, catalogId, prefix, Integer.MAX_VALUE).stream()
                .filter(item -> conditions.stream().allMatch(condition -> condition.isMetBy(item)))
                .limit(limit)
                .toList();
    }

    @Override
    public Catalog create(long orgId, String name, List<Catalog.Header> headers, List<List<String>> rows) {
        throw new UnsupportedOperationException("tests add catalogs with addCatalog");
    }

    private boolean inOrg(long orgId, CatalogItem item) {
        Catalog catalog = catalogs.get(item.catalogId());
        return catalog != null && catalog.orgId() == orgId;
    }
}
