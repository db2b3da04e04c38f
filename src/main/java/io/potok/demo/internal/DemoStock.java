package io.potok.demo.internal;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;

import io.potok.catalogs.CatalogItem;
import io.potok.catalogs.StockLevel;
import io.potok.catalogs.StockLevels;

/**
 * Stock on hand of the demo Товары per region warehouse. Each product's total is split between the four
 * regions, and {@value #OUT_OF_STOCK_PRODUCT} has none available in {@value #OUT_OF_STOCK_REGION}, so that an
 * order of it there shows the stock warning.
 *
 * <p>Past orders are filed with plenty of stock added on top, so that none of them fails on a shortage.
 * Afterwards on hand is set to the initial stock plus what the open past orders still reserve, so the
 * available stock is the initial stock again.
 */
final class DemoStock {

    static final String OUT_OF_STOCK_PRODUCT = "CM-001";
    static final String OUT_OF_STOCK_REGION = "Новосибирск";

    /** Shares of a product's total stock per region, in the order of {@link DemoCatalogs#REGIONS}. */
    private static final List<BigDecimal> REGION_SHARES = List.of(new BigDecimal("0.40"), new BigDecimal("0.25"),
            new BigDecimal("0.20"), new BigDecimal("0.15"));
    private static final BigDecimal PLENTY = new BigDecimal("1000000");
    private static final BigDecimal MACHINE_BASE = BigDecimal.TEN;
    private static final BigDecimal CAPSULE_BASE = new BigDecimal("200");

    private final StockLevels stock;
    private final long orgId;
    private final long catalogId;

    DemoStock(StockLevels stock, long orgId, long catalogId) {
        this.stock = stock;
        this.orgId = orgId;
        this.catalogId = catalogId;
    }

    /** Splits each product's total, keyed by article, between the regions, and stores it as stock on hand. */
    void stockUp(Map<String, Integer> totals) {
        Map<String, Map<String, BigDecimal>> onHand = new LinkedHashMap<>();
        totals.forEach((article, total) -> onHand.put(article, split(article, total)));
        stock.replaceOnHand(orgId, catalogId, onHand);
    }

    /**
     * Splits the total between the regions by their shares, on top of a base stock in every region: 10 of each
     * machine and 200 of each capsule pack, so that the orders the demo's guides walk through find stock.
     */
    private static Map<String, BigDecimal> split(String article, int total) {
        Map<String, BigDecimal> byRegion = new LinkedHashMap<>();
        BigDecimal base = article.startsWith("CM-") ? MACHINE_BASE : CAPSULE_BASE;
        BigDecimal rest = BigDecimal.valueOf(total);
        for (int region = 0; region < DemoCatalogs.REGIONS.size(); region++) {
            boolean last = region == DemoCatalogs.REGIONS.size() - 1;
            BigDecimal share = last ? rest : BigDecimal.valueOf(total).multiply(REGION_SHARES.get(region))
                    .setScale(0, RoundingMode.DOWN);
            rest = rest.subtract(share);
            byRegion.put(DemoCatalogs.REGIONS.get(region), base.add(share));
        }
        if (article.equals(OUT_OF_STOCK_PRODUCT)) {
            byRegion.put(OUT_OF_STOCK_REGION, BigDecimal.ZERO);
        }
        return byRegion;
    }

    /**
     * Adds plenty of stock to every level while past orders are filed, and returns the stock on hand before,
     * for {@link #restore}.
     */
    Map<String, Map<String, BigDecimal>> addPlenty(List<CatalogItem> products) {
        Map<String, Map<String, BigDecimal>> before = levels(products, (article, level) -> level.onHand());
        stock.replaceOnHand(orgId, catalogId, plus(before, levels(products, (article, level) -> PLENTY)));
        return before;
    }

    /** Sets on hand to the stock before the past orders plus what they reserve now. */
    void restore(List<CatalogItem> products, Map<String, Map<String, BigDecimal>> before) {
        Map<String, Map<String, BigDecimal>> reserved = levels(products, (article, level) -> level.reserved());
        stock.replaceOnHand(orgId, catalogId, plus(before, reserved));
    }

    private Map<String, Map<String, BigDecimal>> levels(List<CatalogItem> products,
                                                       BiFunction<String, StockLevel, BigDecimal> quantity) {
        Map<Long, String> articles = new HashMap<>();
        products.forEach(product -> articles.put(product.id(), product.key()));
        Map<String, Map<String, BigDecimal>> result = new LinkedHashMap<>();
        stock.levels(orgId, articles.keySet()).forEach((itemId, levels) -> levels.forEach(level ->
                result.computeIfAbsent(articles.get(itemId), article -> new LinkedHashMap<>())
                        .put(level.warehouse(), quantity.apply(articles.get(itemId), level))));
        return result;
    }

    private static Map<String, Map<String, BigDecimal>> plus(Map<String, Map<String, BigDecimal>> first,
                                                             Map<String, Map<String, BigDecimal>> second) {
        Map<String, Map<String, BigDecimal>> sum = new LinkedHashMap<>();
        for (Map<String, Map<String, BigDecimal>> addend : List.of(first, second)) {
            addend.forEach((article, byRegion) -> byRegion.forEach((region, quantity) ->
                    sum.computeIfAbsent(article, key -> new LinkedHashMap<>()).merge(region, quantity, BigDecimal::add)));
        }
        return sum;
    }
}
