package io.potok.forms.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import io.potok.catalogs.Catalogs;
import io.potok.forms.DefinitionCheck;
import io.potok.forms.DefinitionProblem;
import io.potok.forms.FieldDefinition;
import io.potok.forms.FieldType;
import io.potok.forms.FormDefinition;
import io.potok.forms.StockRule;
import org.springframework.stereotype.Component;

/**
 * Checks a form's stock rule. The lines field must be a table, the product one of its catalog columns over a
 * catalog of the organisation, and the quantity one of its number columns. The warehouse field must be
 * outside the table and give text. The reserve and ship steps must be steps of the route, with shipping no
 * earlier than reserving.
 */
@Component
class StockRuleCheck implements DefinitionCheck {

    private static final Set<FieldType> WAREHOUSE_TYPES = Set.of(FieldType.TEXT, FieldType.MULTIPLE_CHOICE,
            FieldType.CATALOG);

    private final Catalogs catalogs;

    StockRuleCheck(Catalogs catalogs) {
        this.catalogs = catalogs;
    }

    @Override
    public List<DefinitionProblem> check(long orgId, Long formId, FormDefinition definition) {
        StockRule rule = definition.stock();
        if (rule == null) {
            return List.of();
        }
        List<DefinitionProblem> problems = new ArrayList<>();
        Optional<FieldDefinition> table = definition.field(rule.linesFieldId()).filter(field -> field.type() == FieldType.TABLE);
        if (table.isEmpty()) {
            problems.add(DefinitionProblem.of("stock_lines_not_table", String.valueOf(rule.linesFieldId())));
        } else {
            checkProduct(orgId, table.get(), rule, problems);
            checkQuantity(table.get(), rule, problems);
        }
        checkWarehouse(definition, rule, problems);
        checkSteps(definition, rule, problems);
        return problems;
    }

    private void checkProduct(long orgId, FieldDefinition table, StockRule rule, List<DefinitionProblem> problems) {
        Optional<FieldDefinition> product = table.column(rule.productFieldId());
        if (product.isEmpty() || product.get().type() != FieldType.CATALOG) {
            problems.add(DefinitionProblem.of("stock_product_not_catalog_column", table.name(),
                    String.valueOf(rule.productFieldId())));
            return;
        }
        Long catalogId = product.get().info().catalogId();
        if (catalogId == null || catalogs.find(orgId, catalogId).isEmpty()) {
            problems.add(DefinitionProblem.of("stock_product_catalog_missing", product.get().name()));
        }
    }

    private static void checkQuantity(FieldDefinition table, StockRule rule, List<DefinitionProblem> problems) {
        Optional<FieldDefinition> quantity = table.column(rule.quantityFieldId());
        if (quantity.isEmpty() || quantity.get().type() != FieldType.NUMBER) {
            problems.add(DefinitionProblem.of("stock_quantity_not_number_column", table.name(),
                    String.valueOf(rule.quantityFieldId())));
        }
    }

    private static void checkWarehouse(FormDefinition definition, StockRule rule, List<DefinitionProblem> problems) {
        boolean inTable = definition.field(rule.linesFieldId())
                .flatMap(table -> table.column(rule.warehouseFieldId())).isPresent();
        Optional<FieldDefinition> warehouse = definition.field(rule.warehouseFieldId());
        if (warehouse.isEmpty() || inTable || !WAREHOUSE_TYPES.contains(warehouse.get().type())) {
            problems.add(DefinitionProblem.of("stock_warehouse_field_invalid", String.valueOf(rule.warehouseFieldId())));
        }
    }

    private static void checkSteps(FormDefinition definition, StockRule rule, List<DefinitionProblem> problems) {
        for (Integer step : new Integer[] {rule.reserveAtStep(), rule.shipAtStep()}) {
            if (step != null && definition.route().step(step).isEmpty()) {
                problems.add(DefinitionProblem.of("stock_step_missing", String.valueOf(step)));
            }
        }
        if (rule.reserveAtStep() != null && rule.shipAtStep() != null && rule.shipAtStep() < rule.reserveAtStep()) {
            problems.add(DefinitionProblem.of("stock_ship_before_reserve", String.valueOf(rule.shipAtStep()),
                    String.valueOf(rule.reserveAtStep())));
        }
    }
}
