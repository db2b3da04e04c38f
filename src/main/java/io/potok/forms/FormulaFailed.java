package io.potok.forms;

/**
 * A computed field whose formula cannot be computed from the values entered, such as a division by zero.
 * Nothing is saved; the message names the field, the formula and the reason. A formula that merely lacks an
 * operand because a field is not filled in yet leaves its field empty and raises nothing.
 */
public class FormulaFailed extends FieldValueInvalid {

    /**
     * @param reason the message key suffix under {@code error.formula.}, such as {@code division_by_zero}
     * @param fieldName the computed field's name as users see it
     * @param formula the formula as written
     * @param detail the operator, number or field type the message quotes; empty when it quotes none
     */
    public FormulaFailed(String reason, String fieldName, String formula, String detail) {
        super("formula_failed", 422, reason, fieldName, formula, detail);
    }

    @Override
    public String messageKey() {
        return "error.formula." + reason();
    }
}
