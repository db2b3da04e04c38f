package io.potok.forms.internal;

import java.time.LocalDate;
import java.util.List;

import io.potok.forms.FieldDefinition;

/**
 * The values a formula reads while it is evaluated.
 */
interface FormulaScope {

    /** Returns the value of a top-level field, or of a column in the row being computed; empty when not filled. */
    FormulaValue value(FieldDefinition field);

    /** Returns the column's value in every row of its table, empty cells included. */
    List<FormulaValue> column(FieldDefinition column);

    LocalDate today();
}
