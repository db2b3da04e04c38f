package io.potok.catalogs.web;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import io.potok.catalogs.Catalog;
import io.potok.catalogs.CatalogItemPage;
import io.potok.catalogs.CatalogItemQuery;

/**
 * Content of the items page: one page of a catalog's items, the search that found them, and the links to
 * the neighbouring pages with the same search.
 */
public record ItemsPage(Catalog catalog, CatalogItemPage items, CatalogItemQuery query, CellFormat format,
                 List<MemberOption> members, boolean canEdit) {

    /** Returns the value typed into the filter of the column at the position, or an empty string. */
    public String filter(int position) {
        return query.columnFilters().getOrDefault(position, "");
    }

    public boolean filtered() {
        return !query.text().isEmpty() || query.columnFilters().values().stream().anyMatch(value -> !value.isBlank());
    }

    public String show(int position, String value) {
        return format.show(catalog.headers().get(position), value);
    }

    public String nextLink() {
        return items.nextAfter() == null ? null : link("after", items.nextAfter());
    }

    public String previousLink() {
        return items.previousBefore() == null ? null : link("before", items.previousBefore());
    }

    /** Returns the URL of this search with the archived flag switched. */
    public String archivedLink(boolean archived) {
        return base(archived).toString();
    }

    private String link(String cursor, long id) {
        StringBuilder url = base(query.archived());
        url.append(url.indexOf("?") < 0 ? '?' : '&').append(cursor).append('=').append(id);
        return url.toString();
    }

    private StringBuilder base(boolean archived) {
        Map<String, String> parameters = new TreeMap<>();
        if (!query.text().isEmpty()) {
            parameters.put("q", query.text());
        }
        query.columnFilters().forEach((position, value) -> {
            if (!value.isBlank()) {
                parameters.put("c" + position, value);
            }
        });
        if (archived) {
            parameters.put("archived", "true");
        }
        StringBuilder url = new StringBuilder("/catalogs/").append(catalog.id());
        char separator = '?';
        for (Map.Entry<String, String> parameter : parameters.entrySet()) {
            url.append(separator).append(parameter.getKey()).append('=')
                    .append(URLEncoder.encode(parameter.getValue(), StandardCharsets.UTF_8));
            separator = '&';
        }
        return url;
    }
}
