package io.potok.catalogs;

import java.util.List;

/**
 * One item of a catalog.
 *
 * @param id item id
 * @param catalogId catalog id
 * @param values cell values in header order; the first is the key
 * @param deleted whether the item was removed from the catalog (tasks that reference it keep it)
 */
public record CatalogItem(long id, long catalogId, List<String> values, boolean deleted) {

    public String key() {
        return values.isEmpty() ? "" : values.get(0);
    }
}
