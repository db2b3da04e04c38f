package io.potok.forms.internal;

import java.util.Set;

import io.potok.forms.FieldDefinition;

/**
 * A computed field with its parsed formula.
 *
 * @param field the field that receives the result
 * @param table the table the field is a column of, or null for a field stored at the top level
 * @param source the formula as written, to quote it in errors
 * @param dependencies the ids of the fields the formula reads
 */
record FormulaTarget(FieldDefinition field, FieldDefinition table, String source, FormulaExpression expression,
                     Set<Integer> dependencies) {

    FormulaTarget {
        dependencies = Set.copyOf(dependencies);
    }
}
