package io.potok.forms.internal;

import java.util.List;

import io.potok.forms.DefinitionProblem;
import io.potok.forms.FieldDefinition;
import io.potok.forms.FieldSettings;
import io.potok.forms.FieldSettings.Computation;
import io.potok.forms.FieldType;
import io.potok.forms.FormDefinition;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static io.potok.forms.internal.FormulaHarness.field;
import static io.potok.forms.internal.FormulaHarness.form;
import static io.potok.forms.internal.FormulaHarness.result;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The publish check of formulas: what it refuses and how the problem names the field and the formula.
 */
class FormulaCheckTests {

    private final FormulaCheck check = new FormulaCheck();

    private List<DefinitionProblem> problems(FormDefinition definition) {
        return check.check(1, null, definition);
    }

    private List<DefinitionProblem> problems(FieldType type, String formula) {
        return problems(form(result(type, null, formula)));
    }

    private static FieldDefinition computed(int id, String name, String code, String formula) {
        return field(id, name, code, FieldType.NUMBER).withInfo(FieldSettings.NONE.withFormula(formula));
    }

    @Test
    void acceptsValidFormulas() {
        assertThat(problems(form())).isEmpty();
        assertThat(problems(FieldType.MONEY, "sum(line_total) - ifempty(money, 0)")).isEmpty();
        assertThat(problems(FieldType.DUE_DATE, "day + 3")).isEmpty();
        assertThat(problems(FieldType.DATE, "if(urgent, today(), max(shipped))")).isEmpty();
        assertThat(problems(FieldType.TEXT, "comment & ' ' & a & ' ' & day")).isEmpty();
        assertThat(problems(FieldType.NUMBER, "if(client_type = 'Розница' and not urgent, round(a / 3, 2), abs(b))"))
                .isEmpty();
        assertThat(problems(FieldType.NUMBER, "day - other_day")).isEmpty();
    }

    @Test
    void acceptsLegacyComputations() {
        FieldDefinition total = field(30, "Итого", "total", FieldType.MONEY)
                .withInfo(FieldSettings.NONE.computedAs(Computation.sum(FormulaHarness.LINE_TOTAL)));
        FieldDefinition product = field(31, "Произведение", "product", FieldType.NUMBER)
                .withInfo(FieldSettings.NONE.computedAs(Computation.product(FormulaHarness.A, FormulaHarness.B)));

        assertThat(problems(form(total, product))).isEmpty();
    }

    @Test
    void reportsSyntaxErrorWithPosition() {
        assertThat(problems(FieldType.NUMBER, "a + * b"))
                .containsExactly(DefinitionProblem.of("formula_syntax", "Результат", "a + * b", "5", "* b"));
    }

    @Test
    void reportsUnknownFieldByCodeAndId() {
        assertThat(problems(FieldType.NUMBER, "a * quantity_total + #77")).containsExactly(
                DefinitionProblem.of("formula_unknown_field", "Результат", "a * quantity_total + #77", "quantity_total"),
                DefinitionProblem.of("formula_unknown_field", "Результат", "a * quantity_total + #77", "#77"));
    }

    @Test
    void codesAreCaseSensitive() {
        assertThat(problems(FieldType.NUMBER, "A + 1")).extracting(DefinitionProblem::code)
                .containsExactly("formula_unknown_field");
    }

    @Test
    void reportsUnknownFunctionAndArgumentCount() {
        assertThat(problems(FieldType.NUMBER, "avg(a, b)"))
                .containsExactly(DefinitionProblem.of("formula_unknown_function", "Результат", "avg(a, b)", "avg"));
        assertThat(problems(FieldType.NUMBER, "round(a, 2, 3)"))
                .containsExactly(DefinitionProblem.of("formula_argument_count", "Результат", "round(a, 2, 3)", "round", 3));
        assertThat(problems(FieldType.DATE, "today(1)")).extracting(DefinitionProblem::code)
                .containsExactly("formula_argument_count");
        assertThat(problems(FieldType.NUMBER, "if(a > 1, 2)")).extracting(DefinitionProblem::code)
                .containsExactly("formula_argument_count");
    }

    @Test
    void reportsFieldOfIncompatibleType() {
        assertThat(problems(FieldType.NUMBER, "time + 1")).containsExactly(
                DefinitionProblem.of("formula_incompatible_field", "Результат", "time + 1", "Время", "time"));
        assertThat(problems(FieldType.NUMBER, "lines + 1")).extracting(DefinitionProblem::code)
                .containsExactly("formula_incompatible_field");
    }

    @ParameterizedTest(name = "{0} has operand problem at {1}")
    @CsvSource(delimiter = '|', value = {
            "day - comment | - | 5",
            "day + other_day | + | 5",
            "a * day | * | 3",
            "a & (1 > 2) | & | 3",
            "-comment | - | 1",
            "not a | not | 1",
            "a and urgent | and | 3",
            "if(a, 1, 2) | if | 1",
            "if(urgent, 1, day) | if | 1",
            "a < comment | < | 3",
            "if(urgent < urgent, 1, 2) | < | 11",
            "sum(day) | sum | 1",
            "sum(shipped) | sum | 1",
            "round(comment) | round | 1",
            "min(a, day) | min | 1"})
    void reportsOperatorOnWrongTypes(String formula, String operation, String position) {
        assertThat(problems(FieldType.NUMBER, formula)).contains(
                DefinitionProblem.of("formula_operand_types", "Результат", formula, operation, position));
    }

    @Test
    void reportsResultThatDoesNotFitField() {
        assertThat(problems(FieldType.MONEY, "day + 1"))
                .containsExactly(DefinitionProblem.of("formula_result_type", "Результат", "day + 1", "money"));
        assertThat(problems(FieldType.DATE, "a")).extracting(DefinitionProblem::code)
                .containsExactly("formula_result_type");
        assertThat(problems(FieldType.TEXT, "a > 1")).extracting(DefinitionProblem::code)
                .containsExactly("formula_result_type");
    }

    @Test
    void reportsFormulaOnFieldThatCannotHoldIt() {
        FieldDefinition time = field(40, "Начало", "start", FieldType.TIME)
                .withInfo(FieldSettings.NONE.withFormula("a"));

        assertThat(problems(form(time)))
                .containsExactly(DefinitionProblem.of("formula_field_type", "Начало", "a", "time"));
    }

    @Test
    void reportsColumnOutsideItsRow() {
        assertThat(problems(FieldType.NUMBER, "quantity * 2"))
                .containsExactly(DefinitionProblem.of("formula_column_outside_row", "Результат", "quantity * 2", "quantity"));
        assertThat(problems(FieldType.NUMBER, "max(quantity, 1)")).extracting(DefinitionProblem::code)
                .containsExactly("formula_column_outside_row");
    }

    @Test
    void reportsColumnOfAnotherTable() {
        FieldDefinition other = field(50, "Другая таблица", "other", FieldType.TABLE).withFields(List.of(
                computed(51, "Удвоено", "doubled", "quantity * 2")));

        assertThat(problems(form(other))).extracting(DefinitionProblem::code)
                .containsExactly("formula_column_outside_row");
    }

    @Test
    void reportsCycleNamingItsFields() {
        FieldDefinition first = computed(40, "Первое", "first", "second + 1");
        FieldDefinition second = computed(41, "Второе", "second", "third * 2");
        FieldDefinition third = computed(42, "Третье", "third", "if(a > 0, first, 0)");

        assertThat(problems(form(first, second, third))).containsExactly(DefinitionProblem.of("formula_cycle",
                "Первое", "second + 1", "Первое → Второе → Третье → Первое"));
    }

    @Test
    void reportsFieldThatReadsItself() {
        assertThat(problems(FieldType.NUMBER, "result + 1")).containsExactly(
                DefinitionProblem.of("formula_cycle", "Результат", "result + 1", "Результат → Результат"));
    }

    @Test
    void reportsCycleThroughColumnSum() {
        FieldDefinition total = computed(40, "Итого", "total", "sum(line_total)");
        FieldDefinition lines = field(50, "Строки", "rows", FieldType.TABLE).withFields(List.of(
                field(51, "Сумма строки", "row_total", FieldType.MONEY)
                        .withInfo(FieldSettings.NONE.withFormula("total / 2 + sum(row_total)"))));

        assertThat(problems(form(total, lines))).extracting(DefinitionProblem::code).containsExactly("formula_cycle");
    }

    @Test
    void reportsTooLongFormula() {
        String formula = "a" + " + a".repeat(FormulaParser.MAX_LENGTH / 4);

        assertThat(problems(FieldType.NUMBER, formula)).extracting(DefinitionProblem::code)
                .containsExactly("formula_too_long");
        assertThat(problems(FieldType.NUMBER, formula).get(0).arguments().get(1).toString()).hasSize(101);
    }

    @Test
    void reportsEveryBrokenField() {
        FieldDefinition broken = computed(40, "Сломано", "broken", "a +");
        FieldDefinition unknown = computed(41, "Неизвестно", "unknown", "nothing");

        assertThat(problems(form(broken, unknown))).extracting(DefinitionProblem::code)
                .containsExactly("formula_syntax", "formula_unknown_field");
    }
}
