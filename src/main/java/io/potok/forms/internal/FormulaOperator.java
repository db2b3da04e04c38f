package io.potok.forms.internal;

/**
 * The operators of the formula language, as written in a formula.
 */
enum FormulaOperator {
    ADD("+"), SUBTRACT("-"), MULTIPLY("*"), DIVIDE("/"), JOIN("&"),
    EQUAL("="), NOT_EQUAL("!="), LESS("<"), LESS_OR_EQUAL("<="), GREATER(">"), GREATER_OR_EQUAL(">="),
    AND("and"), OR("or"), NEGATE("-"), NOT("not");

    private final String symbol;

    FormulaOperator(String symbol) {
        this.symbol = symbol;
    }

    String symbol() {
        return symbol;
    }

    boolean compares() {
        return this == EQUAL || this == NOT_EQUAL || ordersValues();
    }

    boolean ordersValues() {
        return this == LESS || this == LESS_OR_EQUAL || this == GREATER || this == GREATER_OR_EQUAL;
    }
}
