package io.potok.forms.internal;

/**
 * The type of a formula value.
 */
enum FormulaType {
    NUMBER, DATE, TEXT, BOOLEAN
}
