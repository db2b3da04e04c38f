package io.potok.forms.internal;

/**
 * One token of a formula.
 *
 * @param kind what the token is
 * @param text the token as written; a text literal without its quotes, a field id without {@code #}
 * @param position the 1-based character position of the token's first character in the formula
 */
record FormulaToken(Kind kind, String text, int position) {

    enum Kind {
        /** A decimal number such as {@code 12} or {@code 0.5}. */
        NUMBER,
        /** A text literal in double or single quotes. */
        TEXT,
        /** A field code, a function name or a keyword ({@code and}, {@code or}, {@code not}, {@code true}). */
        NAME,
        /** A field reference by id, written {@code #12}. */
        FIELD_ID,
        /** An operator: {@code + - * / & = != <> < <= > >=}. */
        OPERATOR,
        OPEN,
        CLOSE,
        COMMA,
        END
    }

    boolean is(Kind expected) {
        return kind == expected;
    }

    boolean isOperator(String symbol) {
        return kind == Kind.OPERATOR && text.equals(symbol);
    }

    /** Tells whether the token is the keyword, in any letter case. */
    boolean isKeyword(String keyword) {
        return kind == Kind.NAME && text.equalsIgnoreCase(keyword);
    }
}
