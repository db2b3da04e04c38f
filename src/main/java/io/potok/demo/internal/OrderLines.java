package io.potok.demo.internal;

import static io.potok.demo.DemoWorkspace.CLIENT_TYPE_DISTRIBUTOR;
import static io.potok.demo.DemoWorkspace.CLIENT_TYPE_RETAIL;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;

import io.potok.catalogs.CatalogItem;

/**
 * Draws 1 to 4 order lines of distinct Товары items at their catalog price, with quantities that fit the
 * client type: retail buys a machine or a few capsule packs, distributors buy by the box.
 */
final class OrderLines {

    /** Columns of the Товары catalog that contain the category and the price. */
    private static final int CATEGORY = 2;
    private static final int PRICE = 3;

    private final List<CatalogItem> products;
    private final Random random;

    OrderLines(List<CatalogItem> products, Random random) {
        this.products = products;
        this.random = random;
    }

    /**
     * One order line.
     *
     * @param productId the Товары item id
     * @param quantity whole units
     * @param price the catalog price, as the catalog stores it
     */
    record Line(long productId, int quantity, String price) {
    }

    List<Line> draw(int clientType) {
        int count = 1 + random.nextInt(4);
        Set<CatalogItem> picked = new LinkedHashSet<>();
        while (picked.size() < count) {
            picked.add(products.get(random.nextInt(products.size())));
        }
        List<Line> lines = new ArrayList<>();
        for (CatalogItem product : picked) {
            lines.add(new Line(product.id(), quantity(clientType, isMachine(product)), product.values().get(PRICE)));
        }
        return lines;
    }

    private static boolean isMachine(CatalogItem product) {
        return product.values().get(CATEGORY).equals("Кофемашины");
    }

    private int quantity(int clientType, boolean machine) {
        if (clientType == CLIENT_TYPE_RETAIL) {
            return machine ? 1 : 1 + random.nextInt(10);
        }
        if (clientType == CLIENT_TYPE_DISTRIBUTOR) {
            return machine ? 2 + random.nextInt(9) : 20 + 10 * random.nextInt(19);
        }
        return machine ? 1 + random.nextInt(5) : 10 + 5 * random.nextInt(19);
    }
}
