package io.potok.catalogs.web;

import java.util.List;

import io.potok.catalogs.Catalog;
import io.potok.catalogs.CatalogItem;
import io.potok.catalogs.CatalogNotFound;
import io.potok.catalogs.Catalogs;
import io.potok.identity.CurrentMember;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * Read-only catalog pages: the list of catalogs and one catalog's items, a page at a time.
 */
@Controller
class CatalogsController {

    static final int PAGE_SIZE = 50;

    private final Catalogs catalogs;

    CatalogsController(Catalogs catalogs) {
        this.catalogs = catalogs;
    }

    @GetMapping("/catalogs")
    String list(CurrentMember current, Model model) {
        model.addAttribute("catalogs", catalogs.list(current.orgId()));
        return "catalogs/list";
    }

    /** Shows the items after the given item id; one extra item is read to know whether a next page exists. */
    @GetMapping("/catalogs/{catalogId}")
    String items(CurrentMember current, @PathVariable long catalogId, @RequestParam(defaultValue = "0") long after,
                 Model model) {
        Catalog catalog = catalogs.find(current.orgId(), catalogId)
                .orElseThrow(() -> new CatalogNotFound(catalogId));
        List<CatalogItem> items = catalogs.itemsAfter(current.orgId(), catalogId, Math.max(after, 0), PAGE_SIZE + 1);
        boolean hasNext = items.size() > PAGE_SIZE;
        List<CatalogItem> shown = hasNext ? items.subList(0, PAGE_SIZE) : items;

        model.addAttribute("catalog", catalog);
        model.addAttribute("items", shown);
        model.addAttribute("nextAfter", hasNext ? shown.get(shown.size() - 1).id() : null);
        model.addAttribute("firstPage", after <= 0);
        return "catalogs/items";
    }
}
