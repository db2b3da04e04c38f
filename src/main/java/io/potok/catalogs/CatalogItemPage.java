package io.potok.catalogs;

import java.util.List;

/**
 * A page of catalog items with the cursors of its neighbours.
 *
 * @param rows the items in id order
 * @param nextAfter the {@code after} cursor of the next page, or null on the last page
 * @param previousBefore the {@code before} cursor of the previous page, or null on the first page
 */
public record CatalogItemPage(List<Row> rows, Long nextAfter, Long previousBefore) {

    public CatalogItemPage {
        rows = List.copyOf(rows);
    }

    /**
     * An item with the version an edit must send back.
     */
    public record Row(CatalogItem item, long version) {
    }
}
