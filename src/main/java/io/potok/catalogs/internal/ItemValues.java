package io.potok.catalogs.internal;

import java.util.List;

import io.potok.catalogs.Catalog;
import org.springframework.stereotype.Component;

/**
 * Brings the values an administrator typed for one item into the stored form of each column's type, through
 * the cell rules that syncs and imports share ({@link CellValues}).
 */
@Component
class ItemValues {

    private final CellValues cells;

    ItemValues(CellValues cells) {
        this.cells = cells;
    }

    /**
     * Returns the item's values in their stored form, one per column: missing trailing values become empty.
     *
     * @throws io.potok.catalogs.CatalogValueInvalid when a value does not fit its column's type
     * @throws CatalogRowInvalid when the key is empty
     */
    List<String> normalise(long orgId, Catalog catalog, List<String> typed) {
        return cells.forColumns(orgId, catalog.headers()).row(typed);
    }

    /**
     * Returns a converter for many values of these columns; it reads the organisation's members once, so one
     * converter serves a whole column change.
     */
    RowNormalizer converter(long orgId, List<Catalog.Header> headers) {
        return cells.forColumns(orgId, headers);
    }
}
