package io.potok.forms.internal;

import java.util.ArrayList;
import java.util.List;

import io.potok.forms.internal.FormulaToken.Kind;

/**
 * Splits a formula into tokens. Whitespace separates tokens and is otherwise ignored.
 */
final class FormulaTokenizer {

    private static final String SINGLE_OPERATORS = "+-*/&=<>";

    private final String formula;
    private int index;

    private FormulaTokenizer(String formula) {
        this.formula = formula;
    }

    /**
     * Returns the tokens of the formula, ending with an {@link Kind#END} token.
     *
     * @throws FormulaSyntaxError on a character no token starts with, or a text literal without its closing quote
     */
    static List<FormulaToken> tokenize(String formula) {
        return new FormulaTokenizer(formula).all();
    }

    private List<FormulaToken> all() {
        List<FormulaToken> tokens = new ArrayList<>();
        skipWhitespace();
        while (index < formula.length()) {
            tokens.add(next());
            skipWhitespace();
        }
        tokens.add(new FormulaToken(Kind.END, "", formula.length() + 1));
        return tokens;
    }

    private FormulaToken next() {
        char current = formula.charAt(index);
        if (isDigit(current)) {
            return number();
        }
        if (Character.isLetter(current) || current == '_') {
            return name();
        }
        if (current == '#') {
            return fieldId();
        }
        if (current == '"' || current == '\'') {
            return text(current);
        }
        return punctuation(current);
    }

    private FormulaToken number() {
        int start = index;
        skipDigits();
        if (index < formula.length() && formula.charAt(index) == '.') {
            index++;
            if (index >= formula.length() || !isDigit(formula.charAt(index))) {
                throw new FormulaSyntaxError(formula, index + 1);
            }
            skipDigits();
        }
        return token(Kind.NUMBER, formula.substring(start, index), start);
    }

    private FormulaToken name() {
        int start = index;
        while (index < formula.length() && isNamePart(formula.charAt(index))) {
            index++;
        }
        return token(Kind.NAME, formula.substring(start, index), start);
    }

    private FormulaToken fieldId() {
        int start = index;
        index++;
        int digitsStart = index;
        skipDigits();
        if (index == digitsStart || index - digitsStart > 9) {
            throw new FormulaSyntaxError(formula, start + 1);
        }
        return token(Kind.FIELD_ID, formula.substring(digitsStart, index), start);
    }

    /** Reads a quoted text; a quote character written twice stands for itself. */
    private FormulaToken text(char quote) {
        int start = index;
        StringBuilder text = new StringBuilder();
        index++;
        while (index < formula.length()) {
            char current = formula.charAt(index++);
            if (current != quote) {
                text.append(current);
            } else if (index < formula.length() && formula.charAt(index) == quote) {
                text.append(quote);
                index++;
            } else {
                return token(Kind.TEXT, text.toString(), start);
            }
        }
        throw new FormulaSyntaxError(formula, start + 1);
    }

    private FormulaToken punctuation(char current) {
        int start = index;
        index++;
        switch (current) {
            case '(':
                return token(Kind.OPEN, "(", start);
            case ')':
                return token(Kind.CLOSE, ")", start);
            case ',':
                return token(Kind.COMMA, ",", start);
            default:
                return operator(current, start);
        }
    }

    private FormulaToken operator(char current, int start) {
        String pair = index < formula.length() ? "" + current + formula.charAt(index) : "";
        if (pair.equals("<=") || pair.equals(">=") || pair.equals("!=") || pair.equals("<>")) {
            index++;
            return token(Kind.OPERATOR, pair.equals("<>") ? "!=" : pair, start);
        }
        if (SINGLE_OPERATORS.indexOf(current) < 0) {
            throw new FormulaSyntaxError(formula, start + 1);
        }
        return token(Kind.OPERATOR, String.valueOf(current), start);
    }

    private static FormulaToken token(Kind kind, String text, int start) {
        return new FormulaToken(kind, text, start + 1);
    }

    private static boolean isDigit(char character) {
        return character >= '0' && character <= '9';
    }

    private static boolean isNamePart(char character) {
        return Character.isLetterOrDigit(character) || character == '_';
    }

    private void skipDigits() {
        while (index < formula.length() && isDigit(formula.charAt(index))) {
            index++;
        }
    }

    private void skipWhitespace() {
        while (index < formula.length() && Character.isWhitespace(formula.charAt(index))) {
            index++;
        }
    }
}
