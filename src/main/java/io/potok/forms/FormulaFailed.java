package io.potok.forms;

import tools.jackson.databind.node.ObjectNode;

/**
 * A computed field whose formula cannot be computed from the values entered, such as a division by zero.
 * Nothing is saved, and the message names the field, the formula and the reason. A formula that merely lacks
 * an operand because a field is not filled in yet leaves its field empty and raises nothing.
 */
public class FormulaFailed extends FieldValueInvalid {

    private final transient ObjectNode computedValues;

    /**
     * @param reason the message key suffix under {@code error.formula.}, such as {@code division_by_zero}
     * @param fieldName the computed field's name as users see it
     * @param formula the formula as written
     * @param detail the operator, number or field type the message quotes; empty when it quotes none
     */
    public FormulaFailed(String reason, String fieldName, String formula, String detail) {
        this(reason, fieldName, formula, detail, null);
    }

    /**
     * @param computedValues the values with every formula computed that could be, and the failed fields empty
     */
    public FormulaFailed(String reason, String fieldName, String formula, String detail, ObjectNode computedValues) {
        super("formula_failed", 422, reason, fieldName, formula, detail);
        this.computedValues = computedValues;
    }

    /**
     * Returns the values with every other formula computed and the failed fields left empty, so that a page
     * can show them while the form is filled. Returns null when the failure was raised without them.
     */
    public ObjectNode computedValues() {
        return computedValues;
    }

    /** Returns a copy of this failure that carries the values computed around it. */
    public FormulaFailed withComputedValues(ObjectNode values) {
        Object[] arguments = arguments();
        return new FormulaFailed(reason(), (String) arguments[1], (String) arguments[2], (String) arguments[3], values);
    }

    @Override
    public String messageKey() {
        return "error.formula." + reason();
    }
}
