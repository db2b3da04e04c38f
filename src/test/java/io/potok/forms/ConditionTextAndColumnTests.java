package io.potok.forms;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

class ConditionTextAndColumnTests {

    static final int SUBJECT = 1;
    static final int CLIENT = 2;

    final JsonMapper json = JsonMapper.builder().build();
    final FormDefinition form = new FormDefinition(List.of(
            FieldDefinition.of(SUBJECT, "Subject", FieldType.TEXT),
            FieldDefinition.of(CLIENT, "Client", FieldType.CATALOG).withInfo(FieldSettings.catalog(1))),
            RouteDefinition.NONE);

    /** Item 10 is a marketplace client with a credit limit of 500000, item 11 a retail one with 20000. */
    final ConditionEvaluator.CellLookup cells = (itemId, column) -> {
        Map<String, ConditionEvaluator.Cell> item = itemId == 10
                ? Map.of("Тип", new ConditionEvaluator.Cell(FieldType.TEXT, "Маркетплейс"),
                        "Лимит", new ConditionEvaluator.Cell(FieldType.NUMBER, "500000"))
                : itemId == 11
                ? Map.of("Тип", new ConditionEvaluator.Cell(FieldType.TEXT, "Розница"),
                        "Лимит", new ConditionEvaluator.Cell(FieldType.NUMBER, "20000"))
                : Map.of();
        return Optional.ofNullable(item.get(column));
    };

    ObjectNode values(String valuesJson) {
        return (ObjectNode) json.readTree(valuesJson);
    }

    boolean holds(Condition condition, String valuesJson) {
        return ConditionEvaluator.holds(condition, form, values(valuesJson), cells);
    }

    @Test
    void containsIgnoresCase() {
        Condition condition = Condition.field(SUBJECT, Condition.Operator.CONTAINS, "1с", "crm");

        assertThat(holds(condition, "{\"1\": \"Не открывается 1С:Бухгалтерия\"}")).isTrue();
        assertThat(holds(condition, "{\"1\": \"Ошибка в CRM\"}")).isTrue();
        assertThat(holds(condition, "{\"1\": \"Сломался принтер\"}")).isFalse();
    }

    @Test
    void containsFailsOnEmptyValue() {
        Condition condition = Condition.field(SUBJECT, Condition.Operator.CONTAINS, "crm");

        assertThat(holds(condition, "{}")).isFalse();
    }

    @Test
    void notContainsHoldsWhenNoOperandFound() {
        Condition condition = Condition.field(SUBJECT, Condition.Operator.NOT_CONTAINS, "срочно", "urgent");

        assertThat(holds(condition, "{\"1\": \"Сломался принтер\"}")).isTrue();
        assertThat(holds(condition, "{\"1\": \"СРОЧНО: сломался принтер\"}")).isFalse();
        assertThat(holds(condition, "{}")).isTrue();
    }

    @Test
    void blankOperandNeverMatches() {
        Condition condition = Condition.field(SUBJECT, Condition.Operator.CONTAINS, " ");

        assertThat(holds(condition, "{\"1\": \"Сломался принтер\"}")).isFalse();
    }

    @Test
    void columnComparesPickedItemCell() {
        Condition marketplace = new Condition.FieldIs(CLIENT, Condition.Operator.EQUALS, List.of("маркетплейс"), "Тип");

        assertThat(holds(marketplace, "{\"2\": {\"item_ids\": [10]}}")).isTrue();
        assertThat(holds(marketplace, "{\"2\": {\"item_ids\": [11]}}")).isFalse();
        assertThat(holds(marketplace, "{}")).isFalse();
    }

    @Test
    void numberColumnComparesAsNumbers() {
        Condition bigLimit = new Condition.FieldIs(CLIENT, Condition.Operator.GREATER, List.of("100000"), "Лимит");

        assertThat(holds(bigLimit, "{\"2\": {\"item_ids\": [10]}}")).isTrue();
        assertThat(holds(bigLimit, "{\"2\": {\"item_ids\": [11]}}")).isFalse();
    }

    @Test
    void negativeColumnOperatorNeedsEveryItem() {
        Condition notRetail = new Condition.FieldIs(CLIENT, Condition.Operator.NOT_CONTAINS, List.of("розн"), "Тип");

        assertThat(holds(notRetail, "{\"2\": {\"item_ids\": [10]}}")).isTrue();
        assertThat(holds(notRetail, "{\"2\": {\"item_ids\": [10, 11]}}")).isFalse();
    }

    @Test
    void columnNeverHoldsWithoutLookup() {
        Condition marketplace = new Condition.FieldIs(CLIENT, Condition.Operator.EQUALS, List.of("Маркетплейс"), "Тип");

        assertThat(ConditionEvaluator.holds(marketplace, form, values("{\"2\": {\"item_ids\": [10]}}"))).isFalse();
    }

    @Test
    void unknownColumnCountsAsEmpty() {
        Condition filled = new Condition.FieldIs(CLIENT, Condition.Operator.FILLED, List.of(), "Нет такого");
        Condition empty = new Condition.FieldIs(CLIENT, Condition.Operator.EMPTY, List.of(), "Нет такого");

        assertThat(holds(filled, "{\"2\": {\"item_ids\": [10]}}")).isFalse();
        assertThat(holds(empty, "{\"2\": {\"item_ids\": [10]}}")).isTrue();
    }
}
