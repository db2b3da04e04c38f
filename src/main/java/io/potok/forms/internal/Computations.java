package io.potok.forms.internal;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import io.potok.forms.FieldDefinition;
import io.potok.forms.FieldSettings.Computation;
import io.potok.forms.FieldType;
import io.potok.forms.FormDefinition;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.DecimalNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Recomputes computed fields in place: first every {@code product} column in each table row, then every
 * {@code sum} field over its table column, so a sum may add up computed line totals.
 */
final class Computations {

    static final String PRODUCT = "product";
    static final String SUM = "sum";

    private Computations() {
    }

    static void recompute(FormDefinition form, ObjectNode values) {
        List<FieldDefinition> tables = form.allFields().filter(field -> field.type() == FieldType.TABLE).toList();
        tables.forEach(table -> recomputeRows(table, values.get(String.valueOf(table.id()))));

        Set<Integer> columnIds = tables.stream().flatMap(table -> table.fields().stream())
                .map(FieldDefinition::id).collect(Collectors.toSet());
        form.allFields()
                .filter(field -> !columnIds.contains(field.id()) && isComputed(field, SUM))
                .forEach(field -> recomputeSum(field, tables, values));
    }

    private static void recomputeRows(FieldDefinition table, JsonNode rows) {
        if (rows == null) {
            return;
        }
        for (FieldDefinition column : table.fields()) {
            if (isComputed(column, PRODUCT)) {
                rows.forEach(row -> recomputeProduct(column, (ObjectNode) row.get("cells")));
            }
        }
    }

    private static void recomputeProduct(FieldDefinition column, ObjectNode cells) {
        BigDecimal product = BigDecimal.ONE;
        for (Integer operand : column.info().computed().fieldIds()) {
            Optional<BigDecimal> factor = number(cells.get(String.valueOf(operand)));
            if (factor.isEmpty()) {
                cells.remove(String.valueOf(column.id()));
                return;
            }
            product = product.multiply(factor.get());
        }
        cells.set(String.valueOf(column.id()), DecimalNode.valueOf(Numbers.round(column, product)));
    }

    /** Sums the column over all rows; the field is empty when no row has a value in the column. */
    private static void recomputeSum(FieldDefinition field, List<FieldDefinition> tables, ObjectNode values) {
        int columnId = field.info().computed().fieldIds().get(0);
        String key = String.valueOf(field.id());
        Optional<BigDecimal> sum = tables.stream()
                .filter(table -> table.column(columnId).isPresent())
                .findFirst()
                .flatMap(table -> sumColumn(values.get(String.valueOf(table.id())), columnId));
        if (sum.isPresent()) {
            values.set(key, DecimalNode.valueOf(Numbers.round(field, sum.get())));
        } else {
            values.remove(key);
        }
    }

    private static Optional<BigDecimal> sumColumn(JsonNode rows, int columnId) {
        if (rows == null) {
            return Optional.empty();
        }
        return rows.valueStream()
                .map(row -> number(row.path("cells").get(String.valueOf(columnId))))
                .flatMap(Optional::stream)
                .reduce(BigDecimal::add);
    }

    static boolean isComputed(FieldDefinition field, String operation) {
        Computation computed = field.info().computed();
        return computed != null && operation.equals(computed.operation()) && !computed.fieldIds().isEmpty();
    }

    private static Optional<BigDecimal> number(JsonNode cell) {
        return cell == null ? Optional.empty() : Numbers.read(cell);
    }
}
