package io.potok.integrations.internal;

import java.math.BigDecimal;
import java.util.Map;

/**
 * Source of a catalog column's value when a МойСклад product becomes a catalog row. The lower-case
 * name is stored in the column mapping and shown on the settings page.
 */
enum ColumnSource {

    /** The article, or the code when the article is empty. */
    ARTICLE_OR_CODE,
    ARTICLE,
    CODE,
    NAME,
    /** The folder path, such as "Кофемашины". */
    FOLDER,
    /** The first sale price, in roubles with two decimals. */
    SALE_PRICE,
    /** The sum of the stock over every store. */
    STOCK_TOTAL,
    /** The value the catalog already has; empty for a new item. */
    KEEP;

    String id() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }

    static ColumnSource fromId(String id) {
        return valueOf(id.toUpperCase(java.util.Locale.ROOT));
    }

    /** Returns the product's value for this source, or null for {@link #KEEP}. */
    String valueOf(MoyskladProduct product, Map<String, BigDecimal> stockByStore) {
        switch (this) {
            case ARTICLE_OR_CODE:
                return product.articleOrCode();
            case ARTICLE:
                return product.article();
            case CODE:
                return product.code();
            case NAME:
                return product.name();
            case FOLDER:
                return product.folder();
            case SALE_PRICE:
                return product.salePrice() == null ? "" : product.salePrice().toPlainString();
            case STOCK_TOTAL:
                return stockByStore.values().stream().reduce(BigDecimal.ZERO, BigDecimal::add)
                        .stripTrailingZeros().toPlainString();
            default:
                return null;
        }
    }
}
