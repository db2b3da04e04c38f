package io.potok.forms.internal;

import java.util.List;

import io.potok.forms.DefinitionProblem;

/**
 * The formulas of one form, checked and ordered.
 *
 * @param fields the fields the formulas refer to
 * @param ordered the computed fields without problems, each after the computed fields it reads
 * @param problems what stops the form from being published, each naming the field and the formula
 */
record FormulaCompilation(FormulaFields fields, List<FormulaTarget> ordered, List<DefinitionProblem> problems) {

    FormulaCompilation {
        ordered = List.copyOf(ordered);
        problems = List.copyOf(problems);
    }
}
