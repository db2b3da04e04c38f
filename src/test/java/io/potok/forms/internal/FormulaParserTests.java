package io.potok.forms.internal;

import java.math.BigDecimal;
import java.util.List;

import io.potok.forms.internal.FormulaExpression.Binary;
import io.potok.forms.internal.FormulaExpression.Call;
import io.potok.forms.internal.FormulaExpression.Literal;
import io.potok.forms.internal.FormulaExpression.Reference;
import io.potok.forms.internal.FormulaExpression.Unary;
import io.potok.forms.internal.FormulaToken.Kind;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Tokenizing and parsing formulas: precedence, references, literals and the positions of syntax errors.
 */
class FormulaParserTests {

    /** Writes a tree back fully bracketed, so a test can state the grouping it expects. */
    private static String bracketed(FormulaExpression expression) {
        return expression.accept(new FormulaExpression.Visitor<String>() {
            @Override
            public String literal(Literal literal) {
                FormulaValue value = literal.value();
                return value.type() == FormulaType.TEXT ? "'" + value.text() + "'" : value.asText();
            }

            @Override
            public String reference(Reference reference) {
                return reference.text();
            }

            @Override
            public String unary(Unary unary) {
                return "(" + unary.operator().symbol() + " " + unary.operand().accept(this) + ")";
            }

            @Override
            public String binary(Binary binary) {
                return "(" + binary.left().accept(this) + " " + binary.operator().symbol() + " "
                        + binary.right().accept(this) + ")";
            }

            @Override
            public String call(Call call) {
                return call.name() + "(" + String.join(", ", call.arguments().stream().map(a -> a.accept(this)).toList())
                        + ")";
            }
        });
    }

    private static String parsed(String formula) {
        return bracketed(FormulaParser.parse(formula));
    }

    @ParameterizedTest(name = "{0} groups as {1}")
    @CsvSource(delimiter = '|', value = {
            "1 + 2 * 3 | (1 + (2 * 3))",
            "(1 + 2) * 3 | ((1 + 2) * 3)",
            "10 - 4 - 3 | ((10 - 4) - 3)",
            "8 / 4 / 2 | ((8 / 4) / 2)",
            "-2 * 3 | ((- 2) * 3)",
            "- -2 | (- (- 2))",
            "+5 | 5",
            "a & b + 1 | (a & (b + 1))",
            "a + 1 > b * 2 | ((a + 1) > (b * 2))",
            "a = 1 or b = 2 and c = 3 | ((a = 1) or ((b = 2) and (c = 3)))",
            "not a = 1 and b | ((not (a = 1)) and b)",
            "a <> b | (a != b)",
            "a >= b | (a >= b)",
            "quantity * price | (quantity * price)",
            "#12 * #13 | (#12 * #13)",
            "sum(line_total) - ifempty(trade_in_discount, 0) | (sum(line_total) - ifempty(trade_in_discount, 0))",
            "if(urgent, due - 1, due + 3) | if(urgent, (due - 1), (due + 3))",
            "today() | today()"})
    void parsesWithPrecedence(String formula, String grouping) {
        assertThat(parsed(formula)).isEqualTo(grouping);
    }

    @Test
    void readsLiteralsExactly() {
        FormulaExpression number = FormulaParser.parse("0.1");
        FormulaExpression text = FormulaParser.parse("\"Счёт \"\"срочный\"\"\"");
        FormulaExpression single = FormulaParser.parse("'it''s'");

        assertThat(((Literal) number).value().number()).isEqualByComparingTo(new BigDecimal("0.1"));
        assertThat(((Literal) text).value().text()).isEqualTo("Счёт \"срочный\"");
        assertThat(((Literal) single).value().text()).isEqualTo("it's");
    }

    @Test
    void readsKeywordsInAnyCase() {
        assertThat(parsed("TRUE AND Not false")).isEqualTo("(true and (not false))");
        assertThat(parsed("IF(a, 1, 2)")).isEqualTo("IF(a, 1, 2)");
    }

    @Test
    void readsCyrillicCodes() {
        FormulaExpression expression = FormulaParser.parse("цена_1 * 2");

        assertThat(((Reference) ((Binary) expression).left()).code()).isEqualTo("цена_1");
    }

    @Test
    void tokenizesWithPositions() {
        List<FormulaToken> tokens = FormulaTokenizer.tokenize("  #7 <= 'x'");

        assertThat(tokens).extracting(FormulaToken::kind)
                .containsExactly(Kind.FIELD_ID, Kind.OPERATOR, Kind.TEXT, Kind.END);
        assertThat(tokens).extracting(FormulaToken::position).containsExactly(3, 6, 9, 12);
        assertThat(tokens.get(0).text()).isEqualTo("7");
    }

    @ParameterizedTest(name = "{0} fails at character {1}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', value = {
            "1 +| 4",
            "(1 + 2| 7",
            "1 + 2)| 6",
            "price $ 2| 7",
            "'open| 1",
            "round(1,| 9",
            "1.| 3",
            "# 5| 1",
            "a b| 3",
            "1 < 2 < 3| 7",
            "and| 1",
            "sum(,)| 5",
            "\"\"| 1"})
    void reportsSyntaxErrorPosition(String formula, int position) {
        assertThatThrownBy(() -> FormulaParser.parse(formula))
                .isInstanceOfSatisfying(FormulaSyntaxError.class, error -> assertThat(error.position()).isEqualTo(position));
    }

    @Test
    void quotesTextNearSyntaxError() {
        assertThatThrownBy(() -> FormulaParser.parse("price * * quantity_of_items"))
                .isInstanceOfSatisfying(FormulaSyntaxError.class,
                        error -> assertThat(error.near()).isEqualTo("* quantity_o…"));
    }

    @Test
    void rejectsDeepNestingWithoutStackOverflow() {
        String deep = "(".repeat(500) + "1" + ")".repeat(500);

        assertThatThrownBy(() -> FormulaParser.parse(deep)).isInstanceOf(FormulaSyntaxError.class);
        assertThat(parsed("((((1))))")).isEqualTo("1");
    }

    @Test
    void rejectsFormulaOverMaximumLength() {
        String tooLong = "1" + " + 1".repeat(FormulaParser.MAX_LENGTH / 4);

        assertThatThrownBy(() -> FormulaParser.parse(tooLong)).isInstanceOf(FormulaSyntaxError.class);
    }
}
