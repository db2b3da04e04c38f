package io.potok.forms.internal;

import java.util.List;

import io.potok.forms.DefinitionCheck;
import io.potok.forms.DefinitionProblem;
import io.potok.forms.FormDefinition;
import org.springframework.stereotype.Component;

/**
 * Rejects a definition whose formulas cannot work. The problems are syntax errors, unknown fields and
 * functions, fields of a type a formula cannot read, operators on the wrong types, cycles between computed
 * fields, and formulas on fields that cannot hold their result.
 */
@Component
class FormulaCheck implements DefinitionCheck {

    @Override
    public List<DefinitionProblem> check(long orgId, Long formId, FormDefinition definition) {
        return FormulaCompiler.compile(definition).problems();
    }
}
