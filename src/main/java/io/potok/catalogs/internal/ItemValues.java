package io.potok.catalogs.internal;

import java.util.ArrayList;
import java.util.List;

import io.potok.catalogs.Catalog;
import io.potok.catalogs.CatalogKeyMissing;
import org.springframework.stereotype.Component;

/**
 * Brings the values an administrator typed for one item into the stored form of each column's type.
 */
@Component
class ItemValues {

    /**
     * Returns the item's values in their stored form, one per column: missing trailing values become empty.
     *
     * @throws io.potok.catalogs.CatalogValueInvalid when a value does not fit its column's type
     * @throws CatalogKeyMissing when the key is empty
     */
    List<String> normalise(long orgId, Catalog catalog, List<String> typed) {
        List<Catalog.Header> headers = catalog.headers();
        List<String> cells = new ArrayList<>(headers.size());
        for (int i = 0; i < headers.size(); i++) {
            String raw = i < typed.size() && typed.get(i) != null ? typed.get(i) : "";
            String key = cells.isEmpty() ? raw.strip() : cells.get(0);
            cells.add(convert(orgId, headers.get(i), key, raw));
        }
        if (cells.get(0).isEmpty()) {
            throw new CatalogKeyMissing(headers.get(0).name());
        }
        return cells;
    }

    /** Returns one value in the stored form of the column's type; an empty value stays empty. */
    String convert(long orgId, Catalog.Header header, String key, String raw) {
        // TODO: delegate to CellValues once it is merged.
        return raw.strip();
    }
}
