package io.potok.forms.internal;

import io.potok.forms.FieldType;
import io.potok.forms.FormulaFailed;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static io.potok.forms.internal.FormulaHarness.compute;
import static io.potok.forms.internal.FormulaHarness.number;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Evaluating formulas: arithmetic, rounding, functions, dates, text, empty operands and errors.
 */
class FormulaEvaluationTests {

    private static final String NONE = "{}";

    @ParameterizedTest(name = "{0} = {1}")
    @CsvSource(delimiter = '|', value = {
            "1 + 2 * 3 | 7",
            "(1 + 2) * 3 | 9",
            "10 - 4 - 3 | 3",
            "8 / 4 / 2 | 1",
            "-2 * -3 | 6",
            "7 / 2 | 3.5",
            "1 / 3 | 0.333333333333",
            "2 / 3 * 3 | 2.000000000000",
            "0.1 + 0.2 | 0.3",
            "abs(-4.5) | 4.5",
            "round(2.5) | 3",
            "round(-2.5) | -3",
            "round(2.345, 2) | 2.35",
            "round(2.344, 2) | 2.34",
            "round(1250, -2) | 1300",
            "min(3, 1, 2) | 1",
            "max(3, 1, 2) | 3",
            "sum(1, 2, 3.5) | 6.5",
            "if(2 > 1, 10, 20) | 10",
            "if(2 < 1, 10, 20) | 20",
            "if(1 = 1 and 2 != 2, 1, 0) | 0",
            "if(1 = 2 or 2 = 2, 1, 0) | 1",
            "if(not 1 = 2, 1, 0) | 1",
            "if('б' > 'а', 1, 0) | 1",
            "if(true, 1, 0) | 1"})
    void computesNumbers(String formula, String expected) {
        assertThat(number(formula, NONE)).isEqualTo(expected);
    }

    @Test
    void readsFieldsByCodeAndId() {
        String values = "{\"1\": 6, \"2\": 4}";

        assertThat(number("a * b", values)).isEqualTo("24");
        assertThat(number("#1 - #2", values)).isEqualTo("2");
    }

    @ParameterizedTest(name = "{0} into money is {1}")
    @CsvSource(delimiter = '|', value = {
            "0.005 | 0.01",
            "-0.005 | -0.01",
            "0.004999 | 0.00",
            "0.125 | 0.13",
            "0.135 | 0.14",
            "2.345 | 2.35",
            "1 / 3 | 0.33",
            "2 / 3 | 0.67",
            "10 / 8 * 0.01 | 0.01",
            "999.995 | 1000.00",
            "3 | 3.00"})
    void roundsMoneyHalfUp(String formula, String stored) {
        assertThat(compute(FieldType.MONEY, null, formula, NONE)).isEqualTo(stored);
    }

    @Test
    void roundsToFieldDecimalPlaces() {
        assertThat(compute(FieldType.NUMBER, 1, "2.25", NONE)).isEqualTo("2.3");
        assertThat(compute(FieldType.NUMBER, 0, "2.5", NONE)).isEqualTo("3");
        assertThat(compute(FieldType.MONEY, 3, "1 / 8", NONE)).isEqualTo("0.125");
    }

    @Test
    void roundsOnlyOnceAtTheEnd() {
        // 0.0049 * 3 = 0.0147 rounds to 0.01; rounding the factor first would give 0.00 * 3.
        assertThat(compute(FieldType.MONEY, null, "0.0049 * 3", NONE)).isEqualTo("0.01");
    }

    @Test
    void divisionByZeroNamesFieldAndFormula() {
        assertThatThrownBy(() -> number("a / b", "{\"1\": 5, \"2\": 0}"))
                .isInstanceOfSatisfying(FormulaFailed.class, failure -> {
                    assertThat(failure.reason()).isEqualTo("division_by_zero");
                    assertThat(failure.messageKey()).isEqualTo("error.formula.division_by_zero");
                    assertThat(failure.arguments()).containsExactly("division_by_zero", "Результат", "a / b", "");
                    assertThat(failure.status()).isEqualTo(422);
                });
    }

    @Test
    void divisionByZeroDecimalIsCaught() {
        assertThatThrownBy(() -> number("1 / (0.5 - 0.50)", NONE)).isInstanceOf(FormulaFailed.class);
    }

    @Test
    void ifSkipsTheBranchNotTaken() {
        assertThat(number("if(b = 0, 0, a / b)", "{\"1\": 5, \"2\": 0}")).isEqualTo("0");
        assertThat(number("if(b = 0, 0, a / b)", "{\"1\": 5, \"2\": 2}")).isEqualTo("2.5");
    }

    @Test
    void andOrSkipTheRightOperandWhenDecided() {
        assertThat(number("if(b = 0 or a / b > 1, 1, 0)", "{\"1\": 5, \"2\": 0}")).isEqualTo("1");
        assertThat(number("if(b != 0 and a / b > 1, 1, 0)", "{\"1\": 5, \"2\": 0}")).isEqualTo("0");
    }

    @Test
    void emptyOperandLeavesResultEmpty() {
        assertThat(number("a * b", "{\"1\": 5}")).isNull();
        assertThat(number("a / b", "{\"1\": 5}")).isNull();
        assertThat(number("if(a > 1, 1, 0)", NONE)).isNull();
        assertThat(number("-a", NONE)).isNull();
        assertThat(number("round(a, 2)", NONE)).isNull();
        assertThat(compute(FieldType.TEXT, null, "comment & '!'", NONE)).isNull();
    }

    @Test
    void emptyResultRemovesStoredValue() {
        var values = FormulaHarness.values("{\"1\": 5, \"99\": 10}");

        Computations.recompute(FormulaHarness.form(FormulaHarness.result(FieldType.NUMBER, null, "a * b")), values,
                FormulaHarness.TODAY);

        assertThat(values.has("99")).isFalse();
    }

    @Test
    void ifemptyGivesFallback() {
        assertThat(number("a - ifempty(b, 0)", "{\"1\": 5}")).isEqualTo("5");
        assertThat(number("a - ifempty(b, 0)", "{\"1\": 5, \"2\": 2}")).isEqualTo("3");
    }

    @Test
    void minMaxAndSumSkipEmptyArguments() {
        assertThat(number("min(a, b, 7)", "{\"2\": 9}")).isEqualTo("7");
        assertThat(number("max(a, b)", "{\"1\": -1}")).isEqualTo("-1");
        assertThat(number("sum(a, b)", "{\"2\": 2.5}")).isEqualTo("2.5");
        assertThat(number("sum(a, b)", NONE)).isNull();
    }

    @ParameterizedTest(name = "{1} + {2} days = {3}")
    @CsvSource(delimiter = '|', value = {
            "day + a | 2026-01-31 | 1 | \"2026-02-01\"",
            "day + a | 2024-02-28 | 1 | \"2024-02-29\"",
            "day + a | 2025-02-28 | 1 | \"2025-03-01\"",
            "day + a | 2024-02-29 | 365 | \"2025-02-28\"",
            "day + a | 2026-12-31 | 1 | \"2027-01-01\"",
            "day + a | 2026-03-01 | -1 | \"2026-02-28\"",
            "a + day | 2026-04-30 | 3 | \"2026-05-03\"",
            "day - a | 2024-03-01 | 1 | \"2024-02-29\"",
            "day + a | 2026-12-04 | 3.0 | \"2026-12-07\""})
    void addsDaysToDates(String formula, String day, String days, String stored) {
        String values = "{\"4\": \"" + day + "\", \"1\": " + days + "}";

        assertThat(compute(FieldType.DATE, null, formula, values)).isEqualTo(stored);
        assertThat(compute(FieldType.DUE_DATE, null, formula, values)).isEqualTo(stored);
    }

    @Test
    void subtractsDatesInDays() {
        String values = "{\"4\": \"2024-03-01\", \"5\": \"2024-02-01\"}";

        assertThat(number("day - other_day", values)).isEqualTo("29");
        assertThat(number("other_day - day", values)).isEqualTo("-29");
    }

    @Test
    void comparesDates() {
        String values = "{\"4\": \"2024-03-01\", \"5\": \"2024-02-01\"}";

        assertThat(number("if(day > other_day, 1, 0)", values)).isEqualTo("1");
        assertThat(compute(FieldType.DATE, null, "max(day, other_day)", values)).isEqualTo("\"2024-03-01\"");
        assertThat(compute(FieldType.DATE, null, "min(day, other_day)", values)).isEqualTo("\"2024-02-01\"");
    }

    @Test
    void todayComesFromTheGivenDate() {
        assertThat(compute(FieldType.DATE, null, "today() + 3", NONE)).isEqualTo("\"2026-12-07\"");
        assertThat(number("today() - day", "{\"4\": \"2026-12-01\"}")).isEqualTo("3");
    }

    @Test
    void fractionOfDayIsAnError() {
        assertThatThrownBy(() -> compute(FieldType.DATE, null, "day + a", "{\"4\": \"2026-12-01\", \"1\": 1.5}"))
                .isInstanceOfSatisfying(FormulaFailed.class, failure -> {
                    assertThat(failure.reason()).isEqualTo("days_not_whole");
                    assertThat(failure.arguments()[3]).isEqualTo("1.5");
                });
    }

    @Test
    void dateBeyondYear9999IsAnError() {
        assertThatThrownBy(() -> compute(FieldType.DATE, null, "day + a", "{\"4\": \"9999-12-31\", \"1\": 1}"))
                .isInstanceOfSatisfying(FormulaFailed.class,
                        failure -> assertThat(failure.reason()).isEqualTo("date_out_of_range"));
        assertThatThrownBy(() -> compute(FieldType.DATE, null, "day + a",
                "{\"4\": \"2026-01-01\", \"1\": 999999999999999999}"))
                .isInstanceOfSatisfying(FormulaFailed.class,
                        failure -> assertThat(failure.reason()).isEqualTo("date_out_of_range"));
    }

    @Test
    void hugeResultIsAnError() {
        assertThatThrownBy(() -> number("a * a", "{\"1\": 999999999999999999}"))
                .isInstanceOfSatisfying(FormulaFailed.class,
                        failure -> assertThat(failure.reason()).isEqualTo("number_too_large"));
    }

    @Test
    void roundPlacesMustBeWhole() {
        assertThatThrownBy(() -> number("round(a, 1.5)", "{\"1\": 2}"))
                .isInstanceOfSatisfying(FormulaFailed.class, failure -> {
                    assertThat(failure.reason()).isEqualTo("round_places");
                    assertThat(failure.arguments()[3]).isEqualTo("1.5");
                });
        assertThatThrownBy(() -> number("round(a, 19)", "{\"1\": 2}")).isInstanceOf(FormulaFailed.class);
    }

    @Test
    void joinsText() {
        String values = "{\"6\": \"Ромашка\", \"1\": 2.50, \"4\": \"2026-12-04\"}";

        assertThat(compute(FieldType.TEXT, null, "comment & ': ' & a & ' шт. к ' & day", values))
                .isEqualTo("\"Ромашка: 2.50 шт. к 2026-12-04\"");
        assertThat(compute(FieldType.TEXT, null, "a * 2", values)).isEqualTo("\"5.00\"");
    }

    @Test
    void readsChoiceNamesAndCheckmarks() {
        String values = "{\"8\": {\"choice_ids\": [2]}, \"7\": \"checked\"}";

        assertThat(compute(FieldType.TEXT, null, "if(client_type = 'Розница', 'розница', 'опт')", values))
                .isEqualTo("\"розница\"");
        assertThat(compute(FieldType.TEXT, null, "if(urgent, 'срочно', 'обычно')", values))
                .isEqualTo("\"срочно\"");
        assertThat(compute(FieldType.TEXT, null, "if(urgent, 'срочно', 'обычно')", "{\"7\": \"unchecked\"}"))
                .isEqualTo("\"обычно\"");
    }

    @Test
    void computesLineTotalsInEveryRow() {
        var values = FormulaHarness.values("{\"10\": ["
                + "{\"row_id\": 0, \"cells\": {\"11\": 2, \"12\": 100.50}},"
                + "{\"row_id\": 1, \"cells\": {\"11\": 3}},"
                + "{\"row_id\": 2, \"cells\": {\"11\": 0.5, \"12\": 0.01, \"13\": 99}}]}");

        Computations.recompute(FormulaHarness.form(), values, FormulaHarness.TODAY);

        assertThat(values.get("10").get(0).get("cells").get("13")).hasToString("201.00");
        assertThat(values.get("10").get(1).get("cells").has("13")).isFalse();
        assertThat(values.get("10").get(2).get("cells").get("13")).hasToString("0.01");
    }

    @Test
    void aggregatesColumnsOverRows() {
        String values = "{\"10\": ["
                + "{\"row_id\": 0, \"cells\": {\"11\": 2, \"12\": 100, \"14\": \"2026-12-10\"}},"
                + "{\"row_id\": 1, \"cells\": {\"11\": 3, \"14\": \"2026-12-01\"}},"
                + "{\"row_id\": 2, \"cells\": {\"11\": 1, \"12\": 50.25}}]}";

        assertThat(compute(FieldType.MONEY, null, "sum(line_total)", values)).isEqualTo("250.25");
        assertThat(number("sum(quantity)", values)).isEqualTo("6");
        assertThat(number("min(quantity)", values)).isEqualTo("1");
        assertThat(number("max(#11)", values)).isEqualTo("3");
        assertThat(compute(FieldType.DATE, null, "max(shipped)", values)).isEqualTo("\"2026-12-10\"");
        assertThat(number("sum(quantity)", "{}")).isNull();
    }

    @Test
    void columnFormulaReadsWholeColumn() {
        var form = FormulaHarness.form();
        var share = FormulaHarness.field(15, "Доля", "share", FieldType.NUMBER)
                .withInfo(io.potok.forms.FieldSettings.decimals(2).withFormula("line_total / sum(line_total) * a"));
        var lines = form.fields().stream().filter(f -> f.id() == FormulaHarness.LINES).findFirst().orElseThrow();
        var withShare = new io.potok.forms.FormDefinition(form.fields().stream()
                .map(f -> f.id() == FormulaHarness.LINES ? lines.withFields(
                        java.util.stream.Stream.concat(lines.fields().stream(), java.util.stream.Stream.of(share)).toList()) : f)
                .toList(), null);
        var values = FormulaHarness.values("{\"1\": 100, \"10\": ["
                + "{\"row_id\": 0, \"cells\": {\"11\": 1, \"12\": 30}},"
                + "{\"row_id\": 1, \"cells\": {\"11\": 1, \"12\": 10}}]}");

        Computations.recompute(withShare, values, FormulaHarness.TODAY);

        assertThat(values.get("10").get(0).get("cells").get("15")).hasToString("75.00");
        assertThat(values.get("10").get(1).get("cells").get("15")).hasToString("25.00");
    }

    @Test
    void computedFieldsReadEachOtherInDependencyOrder() {
        var total = FormulaHarness.field(30, "Итого", "total", FieldType.MONEY)
                .withInfo(io.potok.forms.FieldSettings.NONE.withFormula("sum(line_total)"));
        var toPay = FormulaHarness.field(31, "К оплате", "to_pay", FieldType.MONEY)
                .withInfo(io.potok.forms.FieldSettings.NONE.withFormula("total - ifempty(money, 0)"));
        var form = FormulaHarness.form(toPay, total);
        var values = FormulaHarness.values("{\"3\": 15, \"10\": [{\"row_id\": 0, \"cells\": {\"11\": 2, \"12\": 50}}]}");

        Computations.recompute(form, values, FormulaHarness.TODAY);

        assertThat(values.get("30")).hasToString("100.00");
        assertThat(values.get("31")).hasToString("85.00");
    }

    @Test
    void failureCarriesValuesComputedAroundIt() {
        var ratio = FormulaHarness.field(30, "Доля", "ratio", FieldType.NUMBER)
                .withInfo(io.potok.forms.FieldSettings.NONE.withFormula("a / b"));
        var doubled = FormulaHarness.field(31, "Удвоено", "doubled", FieldType.NUMBER)
                .withInfo(io.potok.forms.FieldSettings.NONE.withFormula("a * 2"));
        var fallback = FormulaHarness.field(32, "Запасное", "fallback", FieldType.NUMBER)
                .withInfo(io.potok.forms.FieldSettings.NONE.withFormula("ifempty(ratio, -1)"));
        var form = FormulaHarness.form(ratio, doubled, fallback);
        var values = FormulaHarness.values("{\"1\": 5, \"2\": 0, \"30\": 99}");

        assertThatThrownBy(() -> Computations.recompute(form, values, FormulaHarness.TODAY))
                .isInstanceOfSatisfying(FormulaFailed.class, failure -> {
                    assertThat(failure.arguments()[1]).isEqualTo("Доля");
                    assertThat(failure.computedValues().has("30")).isFalse();
                    assertThat(failure.computedValues().get("31")).hasToString("10");
                    assertThat(failure.computedValues().get("32")).hasToString("-1");
                });
    }

    @Test
    void failingRowLeavesOtherRowsComputed() {
        var unitShare = FormulaHarness.field(15, "На единицу", "per_unit", FieldType.MONEY)
                .withInfo(io.potok.forms.FieldSettings.NONE.withFormula("price / quantity"));
        var form = FormulaHarness.form();
        var lines = form.fields().stream().filter(f -> f.id() == FormulaHarness.LINES).findFirst().orElseThrow();
        var withUnitShare = new io.potok.forms.FormDefinition(form.fields().stream()
                .map(f -> f.id() == FormulaHarness.LINES ? lines.withFields(java.util.stream.Stream.concat(
                        lines.fields().stream(), java.util.stream.Stream.of(unitShare)).toList()) : f)
                .toList(), null);
        var values = FormulaHarness.values("{\"10\": ["
                + "{\"row_id\": 0, \"cells\": {\"11\": 0, \"12\": 30}},"
                + "{\"row_id\": 1, \"cells\": {\"11\": 4, \"12\": 10}}]}");

        assertThatThrownBy(() -> Computations.recompute(withUnitShare, values, FormulaHarness.TODAY))
                .isInstanceOfSatisfying(FormulaFailed.class, failure -> {
                    assertThat(failure.reason()).isEqualTo("division_by_zero");
                    assertThat(failure.computedValues().get("10").get(0).get("cells").has("15")).isFalse();
                    assertThat(failure.computedValues().get("10").get(1).get("cells").get("15")).hasToString("2.50");
                    assertThat(failure.computedValues().get("10").get(1).get("cells").get("13")).hasToString("40.00");
                });
    }
}
