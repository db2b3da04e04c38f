package io.potok.forms.internal;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import io.potok.forms.internal.FormulaExpression.Binary;
import io.potok.forms.internal.FormulaExpression.Call;
import io.potok.forms.internal.FormulaExpression.Literal;
import io.potok.forms.internal.FormulaExpression.Reference;
import io.potok.forms.internal.FormulaExpression.Unary;
import io.potok.forms.internal.FormulaToken.Kind;

/**
 * Parses a formula into an expression tree by recursive descent. From the loosest binding to the tightest:
 * {@code or}; {@code and}; {@code not}; comparisons ({@code = != <> < <= > >=}, not chained); {@code &};
 * {@code + -}; {@code * /}; unary minus; literals, references, calls and brackets.
 */
final class FormulaParser {

    private static final Map<String, FormulaOperator> COMPARISONS = Map.of(
            "=", FormulaOperator.EQUAL, "!=", FormulaOperator.NOT_EQUAL,
            "<", FormulaOperator.LESS, "<=", FormulaOperator.LESS_OR_EQUAL,
            ">", FormulaOperator.GREATER, ">=", FormulaOperator.GREATER_OR_EQUAL);

    /** The maximum formula length, which bounds the depth of the tree that evaluation walks recursively. */
    static final int MAX_LENGTH = 2000;

    /** The maximum nesting of brackets, {@code not} and unary minus, so that parsing cannot overflow the stack. */
    private static final int MAX_NESTING = 100;

    private final String formula;
    private final List<FormulaToken> tokens;
    private int index;
    private int nesting;

    private FormulaParser(String formula) {
        this.formula = formula;
        this.tokens = FormulaTokenizer.tokenize(formula);
    }

    /**
     * Parses the whole formula.
     *
     * @throws FormulaSyntaxError naming the position where the formula stops making sense
     */
    static FormulaExpression parse(String formula) {
        if (formula.length() > MAX_LENGTH) {
            throw new FormulaSyntaxError(formula, MAX_LENGTH + 1);
        }
        FormulaParser parser = new FormulaParser(formula);
        FormulaExpression expression = parser.or();
        parser.expect(Kind.END);
        return expression;
    }

    private FormulaExpression or() {
        enter();
        FormulaExpression left = and();
        while (current().isKeyword("or")) {
            FormulaToken operator = advance();
            left = new Binary(FormulaOperator.OR, left, and(), operator.position());
        }
        nesting--;
        return left;
    }

    private FormulaExpression and() {
        FormulaExpression left = not();
        while (current().isKeyword("and")) {
            FormulaToken operator = advance();
            left = new Binary(FormulaOperator.AND, left, not(), operator.position());
        }
        return left;
    }

    private FormulaExpression not() {
        if (current().isKeyword("not")) {
            FormulaToken operator = advance();
            enter();
            FormulaExpression operand = not();
            nesting--;
            return new Unary(FormulaOperator.NOT, operand, operator.position());
        }
        return comparison();
    }

    private FormulaExpression comparison() {
        FormulaExpression left = join();
        FormulaOperator operator = current().is(Kind.OPERATOR) ? COMPARISONS.get(current().text()) : null;
        if (operator == null) {
            return left;
        }
        int position = advance().position();
        return new Binary(operator, left, join(), position);
    }

    private FormulaExpression join() {
        FormulaExpression left = additive();
        while (current().isOperator("&")) {
            int position = advance().position();
            left = new Binary(FormulaOperator.JOIN, left, additive(), position);
        }
        return left;
    }

    private FormulaExpression additive() {
        FormulaExpression left = multiplicative();
        while (current().isOperator("+") || current().isOperator("-")) {
            FormulaToken operator = advance();
            FormulaOperator kind = operator.text().equals("+") ? FormulaOperator.ADD : FormulaOperator.SUBTRACT;
            left = new Binary(kind, left, multiplicative(), operator.position());
        }
        return left;
    }

    private FormulaExpression multiplicative() {
        FormulaExpression left = unary();
        while (current().isOperator("*") || current().isOperator("/")) {
            FormulaToken operator = advance();
            FormulaOperator kind = operator.text().equals("*") ? FormulaOperator.MULTIPLY : FormulaOperator.DIVIDE;
            left = new Binary(kind, left, unary(), operator.position());
        }
        return left;
    }

    private FormulaExpression unary() {
        if (current().isOperator("-")) {
            int position = advance().position();
            enter();
            FormulaExpression operand = unary();
            nesting--;
            return new Unary(FormulaOperator.NEGATE, operand, position);
        }
        if (current().isOperator("+")) {
            advance();
            return unary();
        }
        return primary();
    }

    private FormulaExpression primary() {
        FormulaToken token = advance();
        switch (token.kind()) {
            case NUMBER:
                return new Literal(FormulaValue.number(new BigDecimal(token.text())), token.position());
            case TEXT:
                return new Literal(FormulaValue.text(token.text()), token.position());
            case FIELD_ID:
                return Reference.byId(Integer.parseInt(token.text()), token.position());
            case NAME:
                return named(token);
            case OPEN:
                FormulaExpression inner = or();
                expect(Kind.CLOSE);
                return inner;
            default:
                throw new FormulaSyntaxError(formula, token.position());
        }
    }

    /** Reads what a name starts: a call when a bracket follows, a boolean literal, or a field code. */
    private FormulaExpression named(FormulaToken name) {
        if (current().is(Kind.OPEN)) {
            advance();
            return new Call(name.text(), arguments(), name.position());
        }
        if (name.isKeyword("true") || name.isKeyword("false")) {
            return new Literal(FormulaValue.bool(name.isKeyword("true")), name.position());
        }
        if (name.isKeyword("and") || name.isKeyword("or") || name.isKeyword("not")) {
            throw new FormulaSyntaxError(formula, name.position());
        }
        return Reference.byCode(name.text(), name.position());
    }

    /** Reads the arguments after an opening bracket, up to and including the closing one. */
    private List<FormulaExpression> arguments() {
        List<FormulaExpression> arguments = new ArrayList<>();
        if (current().is(Kind.CLOSE)) {
            advance();
            return arguments;
        }
        arguments.add(or());
        while (current().is(Kind.COMMA)) {
            advance();
            arguments.add(or());
        }
        expect(Kind.CLOSE);
        return arguments;
    }

    private void enter() {
        nesting++;
        if (nesting > MAX_NESTING) {
            throw new FormulaSyntaxError(formula, current().position());
        }
    }

    private void expect(Kind kind) {
        if (!current().is(kind)) {
            throw new FormulaSyntaxError(formula, current().position());
        }
        advance();
    }

    private FormulaToken current() {
        return tokens.get(index);
    }

    private FormulaToken advance() {
        FormulaToken token = tokens.get(index);
        if (!token.is(Kind.END)) {
            index++;
        }
        return token;
    }
}
