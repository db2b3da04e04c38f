package io.potok.catalogs.web;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.potok.catalogs.Catalog;
import io.potok.catalogs.CatalogItem;
import io.potok.catalogs.CatalogNotFound;
import io.potok.catalogs.Catalogs;
import io.potok.catalogs.StockLevel;
import io.potok.catalogs.StockLevels;
import io.potok.catalogs.internal.StockItemSearch;
import io.potok.identity.CurrentMember;
import io.potok.platform.PotokException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The stock page of a catalog: items by warehouses with on hand, reserved and available, searchable and
 * paged. Administrators may set stock on hand by hand, for organisations that keep stock in Potok itself.
 */
@Controller
class StockPageController {

    private static final Logger log = LoggerFactory.getLogger(StockPageController.class);
    static final int PAGE_SIZE = 50;

    private final Catalogs catalogs;
    private final StockLevels stock;
    private final StockItemSearch search;
    private final MessageSource messages;

    StockPageController(Catalogs catalogs, StockLevels stock, StockItemSearch search, MessageSource messages) {
        this.catalogs = catalogs;
        this.stock = stock;
        this.search = search;
        this.messages = messages;
    }

    @GetMapping("/catalogs/{catalogId:\\d+}/stock")
    String page(CurrentMember current, @PathVariable long catalogId, @RequestParam(defaultValue = "") String q,
                @RequestParam(defaultValue = "0") int page, @RequestParam(required = false) Integer saved,
                Model model) {
        model.addAttribute("view", view(current, catalogId, q, Math.max(page, 0), saved, null));
        return "catalogs/stock";
    }

    /**
     * Saves the on-hand quantities of the page's grid that differ from the ones the page showed. Inputs:
     * {@code warehouse_<n>} names the n-th warehouse column, {@code onhand_<item id>_<n>} is the typed quantity
     * and {@code shown_<item id>_<n>} the quantity shown.
     */
    @PostMapping("/catalogs/{catalogId:\\d+}/stock")
    String saveGrid(CurrentMember current, @PathVariable long catalogId, @RequestParam Map<String, String> inputs,
                    @RequestParam(defaultValue = "") String q, @RequestParam(defaultValue = "0") int page, Model model) {
        requireAdmin(current);
        catalog(current, catalogId);
        try {
            int changed = saveChanged(current.orgId(), catalogId, inputs);
            return redirect(catalogId, q, page, changed);
        } catch (StockInputInvalid invalid) {
            model.addAttribute("view", view(current, catalogId, q, page, null, message(invalid)));
            return "catalogs/stock";
        }
    }

    /** Sets the on-hand quantity of one item, found by its key, in one warehouse, which may be a new one. */
    @PostMapping("/catalogs/{catalogId:\\d+}/stock/level")
    String saveLevel(CurrentMember current, @PathVariable long catalogId, @RequestParam String key,
                     @RequestParam String warehouse, @RequestParam String quantity,
                     @RequestParam(defaultValue = "") String q, @RequestParam(defaultValue = "0") int page, Model model) {
        requireAdmin(current);
        catalog(current, catalogId);
        try {
            CatalogItem item = catalogs.itemByKey(current.orgId(), catalogId, key.trim())
                    .orElseThrow(() -> StockInputInvalid.unknownItem(key.trim()));
            if (warehouse.isBlank()) {
                throw StockInputInvalid.missingWarehouse();
            }
            stock.setOnHand(current.orgId(), item.id(), warehouse.trim(), parse(quantity));
            log.info("Member {} set stock on hand of item {} in warehouse {}", current.memberId(), item.id(),
                    warehouse.trim());
            return redirect(catalogId, q, page, 1);
        } catch (StockInputInvalid invalid) {
            model.addAttribute("view", view(current, catalogId, q, page, null, message(invalid)));
            return "catalogs/stock";
        }
    }

    private int saveChanged(long orgId, long catalogId, Map<String, String> inputs) {
        Map<Long, Map<String, BigDecimal>> changes = new LinkedHashMap<>();
        for (Map.Entry<String, String> input : inputs.entrySet()) {
            if (!input.getKey().startsWith("onhand_")) {
                continue;
            }
            String[] parts = input.getKey().split("_");
            String warehouse = inputs.get("warehouse_" + parts[2]);
            String shown = inputs.getOrDefault("shown_" + parts[1] + "_" + parts[2], "");
            if (warehouse == null || input.getValue().trim().equals(shown)) {
                continue;
            }
            changes.computeIfAbsent(Long.parseLong(parts[1]), id -> new LinkedHashMap<>())
                    .put(warehouse, parse(input.getValue()));
        }
        Map<Long, CatalogItem> items = catalogs.items(orgId, changes.keySet());
        changes.forEach((itemId, levels) -> {
            if (items.containsKey(itemId) && items.get(itemId).catalogId() == catalogId) {
                levels.forEach((warehouse, quantity) -> stock.setOnHand(orgId, itemId, warehouse, quantity));
            }
        });
        log.info("Stock on hand set by hand for {} items of catalog {} in organisation {}", changes.size(),
                catalogId, orgId);
        return changes.values().stream().mapToInt(Map::size).sum();
    }

    /** Parses a quantity typed with spaces between digit groups and a decimal comma or point. */
    static BigDecimal parse(String typed) {
        String compact = typed.replaceAll("[\\s\\u00a0\\u202f]", "").replace(',', '.');
        try {
            BigDecimal quantity = new BigDecimal(compact);
            if (quantity.signum() < 0) {
                throw StockInputInvalid.quantity(typed);
            }
            return quantity;
        } catch (NumberFormatException notNumber) {
            throw StockInputInvalid.quantity(typed);
        }
    }

    private StockPage view(CurrentMember current, long catalogId, String q, int page, Integer saved, String error) {
        Catalog catalog = catalog(current, catalogId);
        List<CatalogItem> items = search.page(current.orgId(), catalogId, q, page * PAGE_SIZE, PAGE_SIZE);
        Map<Long, List<StockLevel>> levels = stock.levels(current.orgId(), items.stream().map(CatalogItem::id).toList());
        List<StockPage.Row> rows = items.stream()
                .map(item -> new StockPage.Row(item, byWarehouse(levels.getOrDefault(item.id(), List.of()))))
                .toList();
        return new StockPage(catalog, stock.warehouses(current.orgId(), catalogId), rows, q, page,
                search.count(current.orgId(), catalogId, q), PAGE_SIZE, current.admin(), saved, error);
    }

    private static Map<String, StockLevel> byWarehouse(List<StockLevel> levels) {
        Map<String, StockLevel> byWarehouse = new LinkedHashMap<>();
        levels.forEach(level -> byWarehouse.put(level.warehouse(), level));
        return byWarehouse;
    }

    private Catalog catalog(CurrentMember current, long catalogId) {
        return catalogs.find(current.orgId(), catalogId).orElseThrow(() -> new CatalogNotFound(catalogId));
    }

    private static void requireAdmin(CurrentMember current) {
        if (!current.admin()) {
            throw new StockEditDenied();
        }
    }

    private String message(PotokException failure) {
        return messages.getMessage(failure.messageKey(), failure.arguments(), failure.code(),
                LocaleContextHolder.getLocale());
    }

    private static String redirect(long catalogId, String q, int page, int saved) {
        return "redirect:" + UriComponentsBuilder.fromPath("/catalogs/" + catalogId + "/stock")
                .queryParam("q", q).queryParam("page", page).queryParam("saved", saved)
                .encode().build().toUriString();
    }
}
