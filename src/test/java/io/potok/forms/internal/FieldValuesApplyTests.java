package io.potok.forms.internal;

import java.util.List;
import java.util.stream.Stream;

import io.potok.forms.FieldValueInvalid;
import io.potok.forms.FieldValues.FieldChange;
import io.potok.forms.FieldValues.ValuesChange;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

import static io.potok.forms.internal.OrderFormFixture.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.params.provider.Arguments.arguments;

/**
 * Applying updates: rounding, field references, read-only fields, tables with computed totals, catalog items
 * removed since they were stored, and the changes reported for history.
 */
class FieldValuesApplyTests {

    private final OrderFormFixture fixture = new OrderFormFixture();

    @ParameterizedTest(name = "money {0} is stored as {1}")
    @CsvSource({
            "2.345, 2.35", "2.344, 2.34", "2.335, 2.34", "-2.345, -2.35", "-2.344, -2.34", "0.005, 0.01",
            "-0.005, -0.01", "0.004, 0.00", "1000, 1000.00", "999.995, 1000.00"})
    void roundsMoneyHalfUpToTwoPlaces(String written, String stored) {
        ObjectNode fromNumber = fixture.applyToEmpty(fixture.update(BUDGET, written));
        ObjectNode fromString = fixture.applyToEmpty(fixture.update(BUDGET, "\"" + written + "\""));

        assertThat(fromNumber.get(String.valueOf(BUDGET))).hasToString(stored);
        assertThat(fromString.get(String.valueOf(BUDGET))).hasToString(stored);
    }

    @ParameterizedTest(name = "number with one decimal place {0} is stored as {1}")
    @CsvSource({"2.25, 2.3", "2.24, 2.2", "-2.25, -2.3", "7, 7.0"})
    void roundsNumberToItsDecimalPlaces(String written, String stored) {
        ObjectNode values = fixture.applyToEmpty(fixture.update(WEIGHT, written));

        assertThat(values.get(String.valueOf(WEIGHT))).hasToString(stored);
    }

    static Stream<Arguments> references() {
        return Stream.of(
                arguments("{\"id\": 1, \"value\": \"x\"}"),
                arguments("{\"id\": \"1\", \"value\": \"x\"}"),
                arguments("{\"code\": \"comment\", \"value\": \"x\"}"),
                arguments("{\"name\": \"Комментарий\", \"value\": \"x\"}"),
                arguments("{\"id\": 1, \"type\": \"text\", \"name\": \"Комментарий\", \"value\": \"x\"}"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("references")
    void findsFieldByIdCodeOrName(String update) {
        ObjectNode values = fixture.applyToEmpty(fixture.parse(update));

        assertThat(values.get(String.valueOf(COMMENT))).hasToString("\"x\"");
    }

    @Test
    void storesTitleChildrenAtTopLevel() {
        ObjectNode values = fixture.applyToEmpty(
                fixture.parse("{\"name\": \"Адрес\", \"value\": \"Казань\"}"),
                fixture.update(WEIGHT, "3.14"));

        assertThat(values.get(String.valueOf(ADDRESS))).hasToString("\"Казань\"");
        assertThat(values.get(String.valueOf(WEIGHT))).hasToString("3.1");
        assertThat(values.has(String.valueOf(DELIVERY))).isFalse();
    }

    @ParameterizedTest(name = "{0} is rejected as {1} naming {2}")
    @CsvSource(delimiter = '|', value = {
            "{\"id\": 404, \"value\": 1}                      | unknown_field        | 404",
            "{\"name\": \"Скидка\", \"value\": 1}              | unknown_field        | Скидка",
            "{\"code\": \"discount\", \"value\": 1}            | unknown_field        | discount",
            "{\"value\": 1}                                   | no_field_reference   | ''",
            "{\"id\": 22, \"value\": 1}                       | column_outside_table | 22",
            "{\"code\": \"qty\", \"value\": 1}                 | column_outside_table | qty",
            "{\"id\": 27, \"value\": 2}                       | read_only            | Этап",
            "{\"id\": 28, \"value\": \"closed\"}              | read_only            | Статус",
            "{\"id\": 29, \"value\": \"2026-01-01T00:00:00Z\"} | read_only            | Дата создания",
            "{\"id\": 30, \"value\": {\"id\": 7}}             | read_only            | Автор",
            "{\"id\": 26, \"value\": \"текст\"}               | read_only            | Примечание",
            "{\"id\": 16, \"value\": {\"fields\": []}}        | read_only            | Доставка",
            "{\"id\": 25, \"value\": 100}                     | read_only            | Итого"})
    void rejectsUnknownAndReadOnlyFields(String update, String reason, String fieldName) {
        assertThatThrownBy(() -> fixture.applyToEmpty(fixture.parse(update)))
                .isInstanceOfSatisfying(FieldValueInvalid.class, error -> {
                    assertThat(error.reason()).isEqualTo(reason);
                    assertThat(error.arguments()[1]).isEqualTo(fieldName);
                });
    }

    @Test
    void rejectsWritingComputedLineTotal() {
        JsonNode update = fixture.update(LINES, "[{\"cells\": [{\"id\": 24, \"value\": 5}]}]");

        assertThatThrownBy(() -> fixture.applyToEmpty(update))
                .isInstanceOfSatisfying(FieldValueInvalid.class, error -> {
                    assertThat(error.reason()).isEqualTo("read_only");
                    assertThat(error.arguments()[1]).isEqualTo("Сумма строки");
                });
    }

    @Test
    void addedRowsComputeTotals() {
        ObjectNode values = fixture.applyToEmpty(fixture.update(LINES, "["
                + "{\"cells\": [{\"id\": 21, \"value\": {\"item_id\": 2001}}, {\"id\": 22, \"value\": 2},"
                + " {\"name\": \"Цена\", \"value\": \"25000.005\"}]},"
                + "{\"cells\": [{\"id\": 21, \"value\": {\"item_names\": [\"Капсулы\"]}}, {\"code\": \"qty\", \"value\": 3},"
                + " {\"id\": 23, \"value\": 450.5}]}]"));

        assertThat(values.get(String.valueOf(LINES))).hasToString(fixture.canonical("["
                + "{\"row_id\": 0, \"cells\": {\"21\": {\"item_ids\": [2001]}, \"22\": 2, \"23\": 25000.01,"
                + " \"24\": 50000.02}},"
                + "{\"row_id\": 1, \"cells\": {\"21\": {\"item_ids\": [2002]}, \"22\": 3, \"23\": 450.50,"
                + " \"24\": 1351.50}}]"));
        assertThat(values.get(String.valueOf(ORDER_TOTAL))).hasToString("51351.52");
    }

    @Test
    void roundsLineTotalHalfUp() {
        ObjectNode values = fixture.applyToEmpty(fixture.update(LINES,
                "[{\"cells\": [{\"id\": 22, \"value\": 0.5}, {\"id\": 23, \"value\": 0.05}]}]"));

        assertThat(values.at("/20/0/cells/24")).hasToString("0.03");
        assertThat(values.get(String.valueOf(ORDER_TOTAL))).hasToString("0.03");
    }

    @Test
    void updatesOneCellAndKeepsTheOthers() {
        ObjectNode current = twoLines();

        ObjectNode values = fixture.applyAll(current, fixture.update(LINES,
                "[{\"row_id\": 1, \"cells\": [{\"id\": 22, \"value\": 10}]}]"));

        assertThat(values.at("/20/1/cells/21")).hasToString("{\"item_ids\":[2002]}");
        assertThat(values.at("/20/1/cells/22")).hasToString("10");
        assertThat(values.at("/20/1/cells/24")).hasToString("4500.00");
        assertThat(values.at("/20/0")).isEqualTo(current.at("/20/0"));
        assertThat(values.get(String.valueOf(ORDER_TOTAL))).hasToString("54500.00");
    }

    @Test
    void deletesRowAndRecomputesTotal() {
        ObjectNode values = fixture.applyAll(twoLines(), fixture.update(LINES,
                "[{\"row_id\": 0, \"delete\": true}]"));

        assertThat(values.get(String.valueOf(LINES))).hasSize(1);
        assertThat(values.at("/20/0/row_id").asLong()).isEqualTo(1);
        assertThat(values.get(String.valueOf(ORDER_TOTAL))).hasToString("1350.00");
    }

    @Test
    void deletingLastRowClearsTableAndTotal() {
        ObjectNode values = fixture.applyAll(twoLines(), fixture.update(LINES,
                "[{\"row_id\": 0, \"delete\": true}, {\"row_id\": \"1\", \"delete\": true}]"));

        assertThat(values.has(String.valueOf(LINES))).isFalse();
        assertThat(values.has(String.valueOf(ORDER_TOTAL))).isFalse();
    }

    @Test
    void newRowGetsNextRowId() {
        ObjectNode values = fixture.applyAll(twoLines(), fixture.update(LINES,
                "[{\"row_id\": 0, \"delete\": true}, {\"cells\": [{\"id\": 22, \"value\": 1}]}]"));

        assertThat(values.at("/20/0/row_id").asLong()).isEqualTo(1);
        assertThat(values.at("/20/1/row_id").asLong()).isEqualTo(2);
        assertThat(values.at("/20/1/cells/24").isMissingNode()).isTrue();
    }

    @Test
    void clearingCellEmptiesLineTotal() {
        ObjectNode values = fixture.applyAll(twoLines(), fixture.update(LINES,
                "[{\"row_id\": 0, \"cells\": [{\"id\": 23, \"value\": null}]}]"));

        assertThat(values.at("/20/0/cells/23").isMissingNode()).isTrue();
        assertThat(values.at("/20/0/cells/24").isMissingNode()).isTrue();
        assertThat(values.get(String.valueOf(ORDER_TOTAL))).hasToString("1350.00");
    }

    @Test
    void keepsDeletedCatalogItemWhenUnchanged() {
        ObjectNode current = fixture.object("{\"15\": {\"item_ids\": [1002]}}");

        ObjectNode values = fixture.applyAll(current, fixture.update(CLIENT, "{\"item_id\": 1002}"));

        assertThat(values.get(String.valueOf(CLIENT))).hasToString("{\"item_ids\":[1002]}");
    }

    @Test
    void keepsDeletedProductInUnchangedTableRow() {
        ObjectNode current = fixture.object("{\"20\": [{\"row_id\": 0, \"cells\": {\"21\": {\"item_ids\": [2003]}}}]}");

        ObjectNode values = fixture.applyAll(current, fixture.update(LINES,
                "[{\"row_id\": 0, \"cells\": [{\"id\": 21, \"value\": {\"item_id\": 2003}}, {\"id\": 22, \"value\": 1}]}]"));

        assertThat(values.at("/20/0/cells/21")).hasToString("{\"item_ids\":[2003]}");
    }

    @Test
    void rejectsDeletedProductInNewRow() {
        ObjectNode current = fixture.object("{\"20\": [{\"row_id\": 0, \"cells\": {\"21\": {\"item_ids\": [2003]}}}]}");
        JsonNode update = fixture.update(LINES, "[{\"cells\": [{\"id\": 21, \"value\": {\"item_id\": 2003}}]}]");

        assertThatThrownBy(() -> fixture.applyAll(current, update))
                .isInstanceOfSatisfying(FieldValueInvalid.class, error -> {
                    assertThat(error.reason()).isEqualTo("catalog_item_deleted");
                    assertThat(error.arguments()[1]).isEqualTo("Товар");
                    assertThat(error.arguments()[2]).isEqualTo("Старая модель");
                });
    }

    @Test
    void changesListedInFormOrder() {
        ObjectNode current = fixture.object("{\"1\": \"старый\", \"2\": 5, \"17\": \"Казань\"}");

        ValuesChange change = fixture.values.apply(ORG, fixture.form, current, List.of(
                fixture.update(ADDRESS, "\"Омск\""),
                fixture.update(QUANTITY, "5.0"),
                fixture.update(COMMENT, "null"),
                fixture.update(LINES, "[{\"cells\": [{\"id\": 22, \"value\": 2}, {\"id\": 23, \"value\": 3}]}]")));

        List<FieldChange> changes = change.changes();
        assertThat(changes).extracting(fieldChange -> fieldChange.field().id())
                .containsExactly(COMMENT, ADDRESS, LINES, ORDER_TOTAL);
        assertThat(changes.get(0).oldValue()).hasToString("\"старый\"");
        assertThat(changes.get(0).newValue()).isNull();
        assertThat(changes.get(1).oldValue()).hasToString("\"Казань\"");
        assertThat(changes.get(1).newValue()).hasToString("\"Омск\"");
        assertThat(changes.get(2).oldValue()).isNull();
        assertThat(changes.get(3).newValue()).hasToString("6.00");
    }

    @Test
    void doesNotChangeCurrentValues() {
        ObjectNode current = twoLines();
        String before = current.toString();

        fixture.applyAll(current,
                fixture.update(LINES, "[{\"row_id\": 0, \"cells\": [{\"id\": 22, \"value\": 7}]}, {\"row_id\": 1, \"delete\": true}]"),
                fixture.update(COMMENT, "\"новый\""));

        assertThat(current).hasToString(before);
    }

    @Test
    void rejectedUpdateLeavesValuesUnchanged() {
        ObjectNode current = twoLines();
        String before = current.toString();

        assertThatThrownBy(() -> fixture.applyAll(current,
                fixture.update(COMMENT, "\"новый\""),
                fixture.update(LINES, "[{\"row_id\": 0, \"cells\": [{\"id\": 22, \"value\": 7}]}]"),
                fixture.update(QUANTITY, "\"abc\"")))
                .isInstanceOfSatisfying(FieldValueInvalid.class, error -> {
                    assertThat(error.reason()).isEqualTo("number");
                    assertThat(error.arguments()[1]).isEqualTo("Количество");
                    assertThat(error.arguments()[2]).isEqualTo("abc");
                });
        assertThat(current).hasToString(before);
    }

    @Test
    void recomputesTotalsWhenOtherFieldsChange() {
        ObjectNode stale = twoLines();
        stale.put(String.valueOf(ORDER_TOTAL), 1);

        ObjectNode values = fixture.applyAll(stale, fixture.update(COMMENT, "\"x\""));

        assertThat(values.get(String.valueOf(ORDER_TOTAL))).hasToString("51350.00");
    }

    @Test
    void shortensLongRejectedValue() {
        String longText = "x".repeat(500);
        JsonNode update = fixture.update(QUANTITY, "\"" + longText + "\"");

        assertThatThrownBy(() -> fixture.applyToEmpty(update))
                .isInstanceOfSatisfying(FieldValueInvalid.class,
                        error -> assertThat((String) error.arguments()[2]).hasSize(101).endsWith("…"));
    }

    /** Two order lines: 2 machines at 25000.00 and 3 capsule packs at 450.00, total 51350.00. */
    private ObjectNode twoLines() {
        return fixture.applyToEmpty(fixture.update(LINES, "["
                + "{\"cells\": [{\"id\": 21, \"value\": {\"item_id\": 2001}}, {\"id\": 22, \"value\": 2},"
                + " {\"id\": 23, \"value\": 25000}]},"
                + "{\"cells\": [{\"id\": 21, \"value\": {\"item_id\": 2002}}, {\"id\": 22, \"value\": 3},"
                + " {\"id\": 23, \"value\": 450}]}]"));
    }
}
