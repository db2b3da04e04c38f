package io.potok.api.internal;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.potok.api.internal.CatalogsApiController.HeaderJson;
import io.potok.catalogs.Catalog;
import io.potok.catalogs.CatalogItem;
import io.potok.catalogs.SyncResult;

/**
 * Request and response bodies of the catalog writes, in the Pyrus API v4 wire format.
 */
final class CatalogSyncJson {

    private CatalogSyncJson() {
    }

    /** One item as sent: its cells in column order, the key first. */
    record ItemValues(List<String> values) {
    }

    /** {@code PUT /catalogs}. */
    record CreateRequest(String name, @JsonProperty("catalog_headers") List<HeaderJson> catalogHeaders,
                         List<ItemValues> items) {
    }

    /** {@code POST /catalogs/{id}}; {@code apply} is false unless sent as true. */
    record SyncRequest(Boolean apply, @JsonProperty("catalog_headers") List<HeaderJson> catalogHeaders,
                       List<ItemValues> items) {
    }

    /** {@code POST /catalogs/{id}/diff}; {@code apply} is true unless sent as false. */
    record DiffRequest(Boolean apply, List<ItemValues> upsert, List<String> delete) {
    }

    /** An item in a sync response; {@code item_id} is absent for an item that a dry run would create. */
    record ChangedItem(@JsonProperty("item_id") Long itemId, List<String> values) {
    }

    /** The outcome of a sync or diff. Empty lists are left out, as in the dry-run response recorded from Pyrus. */
    @JsonInclude(JsonInclude.Include.NON_EMPTY)
    record SyncResponse(boolean apply, List<ChangedItem> added, List<ChangedItem> deleted,
                        List<ChangedItem> updated,
                        @JsonProperty("catalog_headers") List<HeaderJson> catalogHeaders) {
    }

    static List<Catalog.Header> headers(List<HeaderJson> headers) {
        return headers.stream().map(header -> new Catalog.Header(header.name(), header.type())).toList();
    }

    static List<List<String>> rows(List<ItemValues> items) {
        if (items == null) {
            return List.of();
        }
        return items.stream().map(item -> item == null || item.values() == null ? List.<String>of() : item.values())
                .toList();
    }

    static SyncResponse response(SyncResult result) {
        List<HeaderJson> headers = result.headers().stream()
                .map(header -> new HeaderJson(header.name(), header.type()))
                .toList();
        return new SyncResponse(result.applied(), changed(result.added()), changed(result.archived()),
                changed(result.updated()), headers);
    }

    private static List<ChangedItem> changed(List<CatalogItem> items) {
        return items.stream().map(item -> new ChangedItem(item.id() == 0 ? null : item.id(), item.values())).toList();
    }
}
