package io.potok.tasks.internal;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import io.potok.catalogs.StockLevel;
import io.potok.catalogs.StockLevels;
import org.springframework.stereotype.Component;

/**
 * Computes what an order may take of each product in its warehouse: the stock available to everyone, plus
 * what the task itself has reserved there already.
 */
@Component
public class StockAvailability {

    private final StockLevels stock;

    StockAvailability(StockLevels stock) {
        this.stock = stock;
    }

    /**
     * Returns the quantity of each of the order's products that the order may take, by item id.
     *
     * @param taskId the task the order belongs to, or null for a task not yet created
     */
    public Map<Long, BigDecimal> availableTo(long orgId, Long taskId, StockOrder order) {
        Map<Long, BigDecimal> available = new HashMap<>();
        Map<Long, BigDecimal> totals = order.totals();
        Map<Long, List<StockLevel>> levels = stock.levels(orgId, totals.keySet());
        for (Long itemId : totals.keySet()) {
            available.put(itemId, inWarehouse(levels.getOrDefault(itemId, List.of()), order.warehouse()));
        }
        if (taskId != null) {
            reservedInWarehouse(orgId, taskId, order.warehouse())
                    .forEach((itemId, quantity) -> available.computeIfPresent(itemId, (id, free) -> free.add(quantity)));
        }
        return available;
    }

    private static BigDecimal inWarehouse(List<StockLevel> levels, String warehouse) {
        return levels.stream()
                .filter(level -> level.warehouse().equals(warehouse))
                .map(StockLevel::available)
                .findFirst()
                .orElse(BigDecimal.ZERO);
    }

    /** Returns the task's reservation when it is in this warehouse, else nothing. */
    private Map<Long, BigDecimal> reservedInWarehouse(long orgId, long taskId, String warehouse) {
        boolean sameWarehouse = stock.reservationWarehouse(orgId, taskId).filter(warehouse::equals).isPresent();
        return sameWarehouse ? stock.reservedBy(orgId, taskId) : Map.of();
    }
}
