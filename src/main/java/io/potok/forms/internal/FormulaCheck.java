package io.potok.forms.internal;

import java.util.List;

import io.potok.forms.DefinitionCheck;
import io.potok.forms.DefinitionProblem;
import io.potok.forms.FormDefinition;
import org.springframework.stereotype.Component;

/**
 * Refuses to publish a formula that cannot work: a syntax error, an unknown field or function, a field of a
 * type a formula cannot read, a cycle between computed fields, or a formula on a field that cannot hold its
 * result.
 */
@Component
class FormulaCheck implements DefinitionCheck {

    @Override
    public List<DefinitionProblem> check(long orgId, Long formId, FormDefinition definition) {
        return FormulaCompiler.compile(definition).problems();
    }
}
