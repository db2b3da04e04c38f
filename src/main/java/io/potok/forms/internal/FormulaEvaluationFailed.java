package io.potok.forms.internal;

/**
 * A formula that could not be computed from the values at hand, such as a division by zero. The caller turns
 * it into a {@link io.potok.forms.FormulaFailed} that names the field and the formula.
 */
final class FormulaEvaluationFailed extends RuntimeException {

    private final String reason;
    private final String detail;

    /**
     * @param reason the message key suffix under {@code error.formula.}, such as {@code division_by_zero}
     * @param detail the operator, number or type the message quotes; empty when it quotes none
     */
    FormulaEvaluationFailed(String reason, String detail) {
        super("Formula failed: " + reason + " " + detail);
        this.reason = reason;
        this.detail = detail;
    }

    static FormulaEvaluationFailed operandTypes(String operation) {
        return new FormulaEvaluationFailed("operand_types", operation);
    }

    /** Creates the failure for a formula the publish checks would have rejected, in a form stored without them. */
    static FormulaEvaluationFailed invalid() {
        return new FormulaEvaluationFailed("invalid", "");
    }

    String reason() {
        return reason;
    }

    String detail() {
        return detail;
    }
}
