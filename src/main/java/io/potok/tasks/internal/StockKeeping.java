package io.potok.tasks.internal;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

import io.potok.catalogs.CatalogItem;
import io.potok.catalogs.Catalogs;
import io.potok.catalogs.StockLevels;
import io.potok.catalogs.StockShortage;
import io.potok.forms.FieldValues;
import io.potok.forms.StockRule;
import org.springframework.stereotype.Component;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;
import tools.jackson.databind.node.StringNode;

/**
 * Applies a form's stock rule to a task at the end of each operation, in the operation's transaction. It checks
 * changed order lines against the stock available. It reserves, re-reserves, ships or releases the lines as the
 * task moves along its route.
 *
 * <p>A task keeps a reservation from entering the reserve step until it enters the ship step, goes back to a
 * step before the reserve step, or closes. Entering the ship step writes the lines off stock on hand once:
 * a task that enters it again after shipping takes nothing more. A decision that enters either step fails
 * on a shortage. A new task or an edit whose lines exceed the stock is saved without a reservation instead,
 * unless the rule blocks saving, and entering the ship step later needs the stock.
 */
@Component
class StockKeeping {

    static final String WARNING = "stock_warning";
    static final String RESERVED = "stock_reserved";
    static final String RELEASED = "stock_released";
    static final String SHIPPED = "stock_shipped";
    static final String NOT_RESERVED = "stock_not_reserved";

    private final StockLevels stock;
    private final StockAvailability availability;
    private final FieldValues fieldValues;
    private final Catalogs catalogs;
    private final JournalStore journals;

    StockKeeping(StockLevels stock, StockAvailability availability, FieldValues fieldValues, Catalogs catalogs,
                 JournalStore journals) {
        this.stock = stock;
        this.availability = availability;
        this.fieldValues = fieldValues;
        this.catalogs = catalogs;
        this.journals = journals;
    }

    /**
     * Applies the stock rule of the task's form, if any, after the operation changed fields or moved the task.
     *
     * @param created true when the operation created the task
     * @throws StockShortage when a changed line exceeds the stock and the rule blocks saving, or when a
     *         decision moves the task into the reserve or ship step and the lines cannot be reserved
     */
    void settle(Operation operation, boolean created) {
        if (operation.form == null || operation.form.definition().stock() == null) {
            return;
        }
        StockRule rule = operation.form.definition().stock();
        StockOrder order = StockOrder.of(operation.orgId, operation.form, operation.task.values, fieldValues)
                .orElseThrow();
        boolean linesChanged = created || changedField(operation, rule.linesFieldId())
                || changedField(operation, rule.warehouseFieldId());

        boolean exceedsStock = linesChanged && !checkAvailable(operation, rule, order, created);
        moveReservation(operation, rule, order, new Change(created, linesChanged, exceedsStock));
    }

    /**
     * The operation's effect on the order lines.
     *
     * @param exceedsStock the changed lines ask for more than is available, so an edit or the creation saves
     *        them without a reservation instead of failing
     */
    private record Change(boolean created, boolean linesChanged, boolean exceedsStock) {
    }

    private static boolean changedField(Operation operation, int fieldId) {
        return operation.journal.entries.stream()
                .anyMatch(entry -> entry.fieldId() != null && entry.fieldId() == fieldId);
    }

    /**
     * Warns of, or with a blocking rule rejects, products ordered beyond what the warehouse has available.
     *
     * @return true when every product fits the stock available
     */
    private boolean checkAvailable(Operation operation, StockRule rule, StockOrder order, boolean created) {
        if (order.warehouse() == null || order.lines().isEmpty()) {
            return true;
        }
        Map<Long, BigDecimal> available = availability.availableTo(operation.orgId,
                created ? null : operation.task.id, order);
        Map<Long, CatalogItem> items = catalogs.items(operation.orgId, available.keySet());
        boolean fits = true;
        for (Map.Entry<Long, BigDecimal> total : order.totals().entrySet()) {
            BigDecimal free = available.get(total.getKey()).max(BigDecimal.ZERO);
            if (total.getValue().compareTo(free) <= 0) {
                continue;
            }
            fits = false;
            String key = items.containsKey(total.getKey()) ? items.get(total.getKey()).key() : "#" + total.getKey();
            if (rule.blockSaving()) {
                throw new StockShortage(total.getKey(), key, order.warehouse(), plain(total.getValue()), plain(free));
            }
            operation.journal.record(WARNING, null, warning(key, order.warehouse(), total.getValue(), free));
        }
        return fits;
    }

    private static ObjectNode warning(String key, String warehouse, BigDecimal quantity, BigDecimal available) {
        return JsonNodeFactory.instance.objectNode()
                .put("product", key)
                .put("warehouse", warehouse)
                .put("quantity", plain(quantity))
                .put("available", plain(available));
    }

    private void moveReservation(Operation operation, StockRule rule, StockOrder order, Change change) {
        List<Integer> entered = enteredSteps(operation);
        if (rule.shipAtStep() != null && entered.contains(rule.shipAtStep())) {
            ship(operation, order, change);
        } else if (operation.task.closed) {
            if (operation.journal.entries.stream().anyMatch(entry -> entry.action().equals("closed"))) {
                release(operation);
            }
        } else if (rule.reserveAtStep() != null && entered.contains(rule.reserveAtStep())) {
            // A new task enters the reserve step by its author's automatic approval, not by a decision, so a
            // shortage saves it unreserved, with the warning in its history.
            if (change.created() && change.exceedsStock()) {
                skipReservation(operation, change);
            } else {
                reserve(operation, order, change);
            }
        } else if (!entered.isEmpty() || change.linesChanged()) {
            adjust(operation, rule, order, change);
        }
    }

    /**
     * Releases a reservation the task went back past. On the steps from reserving to shipping, changed lines
     * are reserved again, or saved unreserved when they exceed the stock.
     */
    private void adjust(Operation operation, StockRule rule, StockOrder order, Change change) {
        Integer step = operation.task.currentStep;
        boolean inReserveSpan = step != null && rule.reserveAtStep() != null && step >= rule.reserveAtStep()
                && (rule.shipAtStep() == null || step < rule.shipAtStep());
        if (!inReserveSpan) {
            release(operation);
        } else if (change.linesChanged() && change.exceedsStock()) {
            release(operation);
            skipReservation(operation, change);
        } else if (change.linesChanged()) {
            reserve(operation, order, change);
        }
    }

    private void skipReservation(Operation operation, Change change) {
        if (!shippedBefore(operation, change)) {
            operation.journal.record(NOT_RESERVED);
        }
    }

    private void reserve(Operation operation, StockOrder order, Change change) {
        if (shippedBefore(operation, change)) {
            return;
        }
        if (order.warehouse() == null) {
            // NOTE: an order without a warehouse cannot hold stock, so entering the reserve step without one
            // reserves nothing instead of rejecting the move.
            release(operation);
            return;
        }
        stock.reserve(operation.orgId, operation.task.id, order.warehouse(), order.stockLines());
        operation.journal.record(RESERVED, null, StringNode.valueOf(order.warehouse()));
    }

    private void ship(Operation operation, StockOrder order, Change change) {
        if (shippedBefore(operation, change) || order.warehouse() == null) {
            release(operation);
            return;
        }
        stock.reserve(operation.orgId, operation.task.id, order.warehouse(), order.stockLines());
        stock.ship(operation.orgId, operation.task.id);
        operation.journal.record(SHIPPED, null, StringNode.valueOf(order.warehouse()));
    }

    private void release(Operation operation) {
        if (stock.reservationWarehouse(operation.orgId, operation.task.id).isEmpty()) {
            return;
        }
        stock.release(operation.orgId, operation.task.id);
        operation.journal.record(RELEASED);
    }

    /** Returns whether an earlier operation shipped the task; a task being created has no earlier ones. */
    private boolean shippedBefore(Operation operation, Change change) {
        return !change.created() && journals.hasAction(operation.task.id, SHIPPED);
    }

    private static List<Integer> enteredSteps(Operation operation) {
        return operation.journal.entries.stream()
                .filter(entry -> entry.action().equals("step_entered") && entry.newValue() != null)
                .map(entry -> entry.newValue().path("step").asInt())
                .toList();
    }

    private static String plain(BigDecimal quantity) {
        return quantity.stripTrailingZeros().toPlainString();
    }
}
