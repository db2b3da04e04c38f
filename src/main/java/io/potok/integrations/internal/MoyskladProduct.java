package io.potok.integrations.internal;

import java.math.BigDecimal;

/**
 * A product as read from МойСклад's {@code entity/product} list.
 *
 * @param id МойСклад's product id, which links the product to its rows in the stock report
 * @param article the article, or empty
 * @param code the code, or empty
 * @param folder the folder path ({@code pathName}), such as "Кофемашины", or empty
 * @param salePrice the first sale price in roubles, or null when the product has none
 */
record MoyskladProduct(String id, String article, String code, String name, String folder, BigDecimal salePrice) {

    /** Returns the article, or the code when the article is empty. */
    String articleOrCode() {
        return article.isBlank() ? code : article;
    }
}
