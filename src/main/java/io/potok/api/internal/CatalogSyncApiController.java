package io.potok.api.internal;

import java.util.List;

import io.potok.api.internal.CatalogSyncJson.CreateRequest;
import io.potok.api.internal.CatalogSyncJson.DiffRequest;
import io.potok.api.internal.CatalogSyncJson.SyncRequest;
import io.potok.api.internal.CatalogSyncJson.SyncResponse;
import io.potok.api.internal.CatalogsApiController.CatalogJson;
import io.potok.api.internal.CatalogsApiController.ItemJson;
import io.potok.catalogs.Catalog;
import io.potok.catalogs.CatalogChangeDenied;
import io.potok.catalogs.CatalogSync;
import io.potok.catalogs.Catalogs;
import io.potok.identity.CurrentMember;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code PUT /catalogs}, {@code POST /catalogs/{id}} and {@code POST /catalogs/{id}/diff}: creating and
 * syncing catalogs, for organisation administrators only.
 */
@RestController
@RequestMapping({ApiPaths.V4, ApiPaths.V4_SHORT})
@Tag(name = "Catalogs")
class CatalogSyncApiController {

    private final CatalogSync sync;
    private final Catalogs catalogs;

    CatalogSyncApiController(CatalogSync sync, Catalogs catalogs) {
        this.sync = sync;
        this.catalogs = catalogs;
    }

    @PutMapping("/catalogs")
    @Operation(summary = "Create a catalog (name, catalog_headers, items)",
            description = "The first column contains the item key, which must be filled and unique. A header may "
                    + "carry a `type`: text (the default), number, money, date or member. Values are checked "
                    + "against the types: an invalid value or a repeated key rejects the request and creates "
                    + "nothing. Administrators only.")
    CatalogJson create(CurrentMember caller, @RequestBody CreateRequest request) {
        requireAdmin(caller);
        List<Catalog.Header> headers = request.catalogHeaders() == null ? List.of()
                : CatalogSyncJson.headers(request.catalogHeaders());
        Catalog catalog = sync.create(caller.orgId(), request.name(), headers, CatalogSyncJson.rows(request.items()));

        List<ItemJson> items = catalogs.items(caller.orgId(), catalog.id(), false).stream()
                .map(item -> new ItemJson(item.id(), item.values(), null))
                .toList();
        return CatalogsApiController.json(catalog, items);
    }

    @PostMapping("/catalogs/{id}")
    @Operation(summary = "Full sync of a catalog (apply, catalog_headers, items)",
            description = "Items whose key is not sent are archived; columns not sent are dropped. Items keep "
                    + "their id: a sent key updates its item, and a key of an archived item brings it back. "
                    + "Without `\"apply\": true` this is a dry run that reports the same changes and stores "
                    + "nothing. Without `catalog_headers` the columns stay. Administrators only.")
    SyncResponse sync(CurrentMember caller, @PathVariable long id, @RequestBody SyncRequest request) {
        requireAdmin(caller);
        List<Catalog.Header> headers = request.catalogHeaders() == null ? null
                : CatalogSyncJson.headers(request.catalogHeaders());
        boolean apply = Boolean.TRUE.equals(request.apply());
        return CatalogSyncJson.response(sync.sync(caller.orgId(), id, headers, CatalogSyncJson.rows(request.items()),
                true, apply));
    }

    @PostMapping("/catalogs/{id}/diff")
    @Operation(summary = "Change some items of a catalog (upsert, delete)",
            description = "`upsert` adds or updates items by key, `delete` archives the items with these keys; "
                    + "items not mentioned stay. Potok extension: `\"apply\": false` makes it a dry run. "
                    + "Administrators only.")
    SyncResponse diff(CurrentMember caller, @PathVariable long id, @RequestBody DiffRequest request) {
        requireAdmin(caller);
        List<String> deleteKeys = request.delete() == null ? List.of() : request.delete();
        boolean apply = !Boolean.FALSE.equals(request.apply());
        return CatalogSyncJson.response(sync.diff(caller.orgId(), id, CatalogSyncJson.rows(request.upsert()),
                deleteKeys, apply));
    }

    private static void requireAdmin(CurrentMember caller) {
        if (!caller.admin()) {
            throw new CatalogChangeDenied();
        }
    }
}
