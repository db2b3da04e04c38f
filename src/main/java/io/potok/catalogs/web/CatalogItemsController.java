package io.potok.catalogs.web;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import io.potok.catalogs.Catalog;
import io.potok.catalogs.CatalogEditor;
import io.potok.catalogs.CatalogItemChanged;
import io.potok.catalogs.CatalogItemNotFound;
import io.potok.catalogs.CatalogItemPage;
import io.potok.catalogs.CatalogItemQuery;
import io.potok.catalogs.CatalogNotFound;
import io.potok.catalogs.CatalogQueries;
import io.potok.catalogs.Catalogs;
import io.potok.identity.CurrentMember;
import io.potok.platform.PotokException;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * A catalog's items: the searchable list everyone may view, and the pages where administrators add, edit,
 * archive and restore items one at a time.
 */
@Controller
class CatalogItemsController {

    static final int PAGE_SIZE = 50;

    private final Catalogs catalogs;
    private final CatalogQueries queries;
    private final CatalogEditor editor;
    private final MemberChoices members;

    CatalogItemsController(Catalogs catalogs, CatalogQueries queries, CatalogEditor editor, MemberChoices members) {
        this.catalogs = catalogs;
        this.queries = queries;
        this.editor = editor;
        this.members = members;
    }

    /**
     * Shows a page of items; {@code q} searches every cell, {@code c0}, {@code c1} … filter by the column at
     * that position, and {@code after} or {@code before} pick the page.
     */
    @GetMapping("/catalogs/{catalogId}")
    String items(CurrentMember current, @PathVariable long catalogId, @RequestParam Map<String, String> parameters,
                 Model model) {
        Catalog catalog = found(current, catalogId);
        CatalogItemQuery query = new CatalogItemQuery(parameters.get("q"), columnFilters(catalog, parameters),
                "true".equals(parameters.get("archived")), cursor(parameters.get("after")),
                cursor(parameters.get("before")), PAGE_SIZE);
        CatalogItemPage page = queries.search(current.orgId(), catalogId, query);

        model.addAttribute("view", new ItemsPage(catalog, page, query, format(current),
                members.pickable(current.orgId()), current.admin()));
        return "catalogs/items";
    }

    @GetMapping("/catalogs/{catalogId}/items/new")
    String newItem(CurrentMember current, @PathVariable long catalogId, Model model) {
        EditAccess.requireAdmin(current);

        Catalog catalog = found(current, catalogId);
        return form(model, current, catalog, null, List.of(), null, null);
    }

    @PostMapping("/catalogs/{catalogId}/items")
    String add(CurrentMember current, @PathVariable long catalogId, @RequestParam MultiValueMap<String, String> form,
               Model model, HttpServletResponse response) {
        EditAccess.requireAdmin(current);

        Catalog catalog = found(current, catalogId);
        List<String> typed = typedValues(form);
        try {
            editor.addItem(current.orgId(), catalogId, typed);
            return "redirect:/catalogs/" + catalogId + "?added";
        } catch (PotokException rejected) {
            response.setStatus(rejected.status());
            return form(model, current, catalog, null, typed, null, rejected);
        }
    }

    @GetMapping("/catalogs/{catalogId}/items/{itemId}")
    String edit(CurrentMember current, @PathVariable long catalogId, @PathVariable long itemId, Model model) {
        EditAccess.requireAdmin(current);

        Catalog catalog = found(current, catalogId);
        CatalogItemPage.Row row = item(current, catalogId, itemId);
        return form(model, current, catalog, row, row.item().values(), null, null);
    }

    /**
     * Saves an edited item. When someone changed it since the form was opened, the form comes back with the
     * typed values, the stored ones beside them, and the new version, so that saving again is a decision
     * made with the other change in view.
     */
    @PostMapping("/catalogs/{catalogId}/items/{itemId}")
    String save(CurrentMember current, @PathVariable long catalogId, @PathVariable long itemId,
                @RequestParam long version, @RequestParam MultiValueMap<String, String> form, Model model,
                HttpServletResponse response) {
        EditAccess.requireAdmin(current);

        Catalog catalog = found(current, catalogId);
        List<String> typed = typedValues(form);
        try {
            editor.editItem(current.orgId(), catalogId, itemId, version, typed);
            return "redirect:/catalogs/" + catalogId + "?saved";
        } catch (CatalogItemChanged conflict) {
            response.setStatus(conflict.status());
            CatalogItemPage.Row stored = item(current, catalogId, itemId);
            return form(model, current, catalog, stored, typed, stored.item().values(), conflict);
        } catch (PotokException rejected) {
            response.setStatus(rejected.status());
            CatalogItemPage.Row asOpened = new CatalogItemPage.Row(item(current, catalogId, itemId).item(), version);
            return form(model, current, catalog, asOpened, typed, null, rejected);
        }
    }

    @PostMapping("/catalogs/{catalogId}/items/{itemId}/archive")
    String archive(CurrentMember current, @PathVariable long catalogId, @PathVariable long itemId,
                   @RequestParam long version) {
        EditAccess.requireAdmin(current);

        editor.archiveItem(current.orgId(), catalogId, itemId, version);
        return "redirect:/catalogs/" + catalogId + "?archivedItem";
    }

    @PostMapping("/catalogs/{catalogId}/items/{itemId}/restore")
    String restore(CurrentMember current, @PathVariable long catalogId, @PathVariable long itemId,
                   @RequestParam long version) {
        EditAccess.requireAdmin(current);

        editor.restoreItem(current.orgId(), catalogId, itemId, version);
        return "redirect:/catalogs/" + catalogId + "?archived=true&restored";
    }

    private String form(Model model, CurrentMember current, Catalog catalog, CatalogItemPage.Row item,
                        List<String> values, List<String> stored, PotokException error) {
        model.addAttribute("form", new ItemForm(catalog, item, values, stored, members.pickable(current.orgId()),
                format(current), error));
        return "catalogs/item";
    }

    /** Formats cells in the page's language, which the member may have switched since signing in. */
    private CellFormat format(CurrentMember current) {
        return new CellFormat(LocaleContextHolder.getLocale(), members.names(current.orgId()));
    }

    /** Reads the repeated {@code value} fields in column order, keeping commas inside a value. */
    private static List<String> typedValues(MultiValueMap<String, String> form) {
        return new ArrayList<>(form.getOrDefault("value", List.of()));
    }

    private static Map<Integer, String> columnFilters(Catalog catalog, Map<String, String> parameters) {
        Map<Integer, String> filters = new HashMap<>();
        for (int i = 0; i < catalog.headers().size(); i++) {
            String value = parameters.get("c" + i);
            if (value != null && !value.isBlank()) {
                filters.put(i, value.strip());
            }
        }
        return filters;
    }

    private static long cursor(String value) {
        try {
            return value == null ? 0 : Math.max(Long.parseLong(value.strip()), 0);
        } catch (NumberFormatException notANumber) {
            return 0;
        }
    }

    private Catalog found(CurrentMember current, long catalogId) {
        return catalogs.find(current.orgId(), catalogId).orElseThrow(() -> new CatalogNotFound(catalogId));
    }

    private CatalogItemPage.Row item(CurrentMember current, long catalogId, long itemId) {
        return queries.item(current.orgId(), catalogId, itemId).orElseThrow(() -> new CatalogItemNotFound(itemId));
    }
}
