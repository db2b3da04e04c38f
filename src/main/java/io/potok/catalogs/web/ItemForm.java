package io.potok.catalogs.web;

import java.util.List;

import io.potok.catalogs.Catalog;
import io.potok.catalogs.CatalogItemPage;
import io.potok.platform.PotokException;

/**
 * Content of the page that adds or edits an item.
 *
 * @param catalog the catalog
 * @param item the item being edited with its version, or null when adding
 * @param values the values in the inputs, in column order
 * @param current the item's stored values after someone else changed it, shown beside the form; otherwise null
 * @param members the members a member column offers
 * @param error why the last save was rejected, or null
 */
public record ItemForm(Catalog catalog, CatalogItemPage.Row item, List<String> values, List<String> current,
                List<MemberOption> members, CellFormat format, PotokException error) {

    public String value(int position) {
        return position < values.size() && values.get(position) != null ? values.get(position) : "";
    }

    public String action() {
        String base = "/catalogs/" + catalog.id() + "/items";
        return item == null ? base : base + "/" + item.item().id();
    }

    /** Tells whether the member list offers the stored email; a blocked member's email is not offered. */
    public boolean offers(String email) {
        return MemberChoices.byEmail(members).containsKey(email);
    }

    public Catalog.Header header(int position) {
        return catalog.headers().get(position);
    }

    public String show(int position, String value) {
        return format.show(catalog.headers().get(position), value);
    }
}
