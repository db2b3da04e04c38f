package io.potok.api.internal;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.potok.catalogs.Catalog;
import io.potok.catalogs.CatalogItemSearch;
import io.potok.catalogs.CatalogItemSearch.CellCondition;
import io.potok.catalogs.CatalogNotFound;
import io.potok.catalogs.Catalogs;
import io.potok.identity.CurrentMember;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code /catalogs}: catalogs of the caller's organisation and their items.
 */
@RestController
@RequestMapping({ApiPaths.V4, ApiPaths.V4_SHORT})
@Tag(name = "Catalogs")
class CatalogsApiController {

    private final Catalogs catalogs;
    private final CatalogItemSearch search;

    CatalogsApiController(Catalogs catalogs, CatalogItemSearch search) {
        this.catalogs = catalogs;
        this.search = search;
    }

    record HeaderJson(String name, String type) {
    }

    record ItemJson(@JsonProperty("item_id") long itemId, List<String> values, Boolean deleted) {
    }

    record CatalogJson(
            @JsonProperty("catalog_id") long catalogId,
            String name,
            boolean deleted,
            @JsonProperty("catalog_headers") List<HeaderJson> catalogHeaders,
            List<ItemJson> items) {
    }

    record CatalogList(List<CatalogJson> catalogs) {
    }

    @GetMapping("/catalogs")
    @Operation(summary = "Catalogs of the caller's organisation, without items")
    CatalogList list(CurrentMember caller) {
        return new CatalogList(catalogs.list(caller.orgId()).stream()
                .map(catalog -> json(catalog, null))
                .toList());
    }

    @GetMapping("/catalogs/{id}")
    @Operation(summary = "One catalog with its items",
            description = "Repeat `column` and `value` in pairs to keep only the items whose cell in that column "
                    + "equals the value; with `use_wildcard=true` a `*` in the value matches any text. Text is "
                    + "compared without regard to case.")
    CatalogJson catalog(CurrentMember caller, @PathVariable long id,
                        @Parameter(description = "also return items removed from the catalog")
                        @RequestParam(name = "include_deleted", defaultValue = "false") boolean includeDeleted,
                        @Parameter(description = "column name of a filter, paired with `value` by position")
                        @RequestParam(name = "column", required = false) List<String> columns,
                        @Parameter(description = "value of a filter, paired with `column` by position")
                        @RequestParam(name = "value", required = false) List<String> values,
                        @Parameter(description = "let `*` in a filter value match any text")
                        @RequestParam(name = "use_wildcard", defaultValue = "false") boolean useWildcard) {
        Catalog catalog = catalogs.find(caller.orgId(), id).orElseThrow(() -> new CatalogNotFound(id));
        List<CellCondition> conditions = CatalogItemFilter.parse(catalog, columns, values, useWildcard);

        List<ItemJson> items = search.find(caller.orgId(), id, conditions, includeDeleted).stream()
                .map(item -> new ItemJson(item.id(), item.values(), item.deleted() ? Boolean.TRUE : null))
                .toList();
        return json(catalog, items);
    }

    static CatalogJson json(Catalog catalog, List<ItemJson> items) {
        List<HeaderJson> headers = catalog.headers().stream()
                .map(header -> new HeaderJson(header.name(), header.type()))
                .toList();
        return new CatalogJson(catalog.id(), catalog.name(), catalog.archived(), headers, items);
    }
}
