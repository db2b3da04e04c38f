package io.potok.tasks.internal;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

import io.potok.catalogs.StockLine;
import io.potok.forms.FieldDefinition;
import io.potok.forms.FieldValues;
import io.potok.forms.Form;
import io.potok.forms.StockRule;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The order lines of a task as its form's stock rule reads them: the warehouse named by the warehouse field
 * and, per row of the lines table, the picked product and its quantity.
 *
 * @param warehouse the text of the warehouse field, or null when it is empty
 * @param lines the rows that name a product, in table order
 */
public record StockOrder(String warehouse, List<Line> lines) {

    /**
     * One row of the lines table that names a product.
     *
     * @param index the row's position in the stored table, counting rows without a product too
     * @param quantity the row's quantity, zero when empty
     */
    public record Line(int index, long itemId, BigDecimal quantity) {
    }

    /** Reads the order from a task's stored values, or returns empty when the form has no stock rule. */
    public static Optional<StockOrder> of(long orgId, Form form, ObjectNode values, FieldValues fieldValues) {
        StockRule rule = form.definition().stock();
        if (rule == null) {
            return Optional.empty();
        }
        return Optional.of(new StockOrder(warehouse(orgId, form, rule, values, fieldValues), lines(rule, values)));
    }

    private static String warehouse(long orgId, Form form, StockRule rule, ObjectNode values, FieldValues fieldValues) {
        JsonNode value = values.get(String.valueOf(rule.warehouseFieldId()));
        Optional<FieldDefinition> field = form.definition().field(rule.warehouseFieldId());
        if (value == null || value.isNull() || field.isEmpty()) {
            return null;
        }
        String text = fieldValues.display(orgId, field.get(), value, Locale.ROOT).trim();
        return text.isEmpty() ? null : text;
    }

    private static List<Line> lines(StockRule rule, ObjectNode values) {
        List<Line> lines = new ArrayList<>();
        JsonNode rows = values.path(String.valueOf(rule.linesFieldId()));
        for (int index = 0; index < rows.size(); index++) {
            JsonNode cells = rows.get(index).path("cells");
            JsonNode items = cells.path(String.valueOf(rule.productFieldId())).path("item_ids");
            if (items.isArray() && !items.isEmpty()) {
                lines.add(new Line(index, items.get(0).asLong(), quantity(cells.get(String.valueOf(rule.quantityFieldId())))));
            }
        }
        return lines;
    }

    private static BigDecimal quantity(JsonNode value) {
        if (value == null || !value.isNumber()) {
            return BigDecimal.ZERO;
        }
        return value.decimalValue();
    }

    /** Returns the total quantity per product, in item id order, since several rows may name one product. */
    public Map<Long, BigDecimal> totals() {
        Map<Long, BigDecimal> totals = new TreeMap<>();
        lines.forEach(line -> totals.merge(line.itemId(), line.quantity(), BigDecimal::add));
        return totals;
    }

    public List<StockLine> stockLines() {
        return lines.stream().map(line -> new StockLine(line.itemId(), line.quantity())).toList();
    }
}
