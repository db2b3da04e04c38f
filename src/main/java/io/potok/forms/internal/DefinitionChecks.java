package io.potok.forms.internal;

import java.util.List;

import io.potok.forms.DefinitionCheck;
import io.potok.forms.DefinitionProblem;
import io.potok.forms.FormDefinition;
import io.potok.forms.FormDefinitionInvalid;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * Runs every {@link DefinitionCheck} bean before a definition is stored.
 */
@Component
class DefinitionChecks {

    private final List<DefinitionCheck> checks;

    DefinitionChecks(ObjectProvider<DefinitionCheck> checks) {
        this.checks = checks.orderedStream().toList();
    }

    void requireValid(long orgId, Long formId, FormDefinition definition) {
        List<DefinitionProblem> problems = checks.stream()
                .flatMap(check -> check.check(orgId, formId, definition).stream())
                .toList();
        if (!problems.isEmpty()) {
            throw new FormDefinitionInvalid(problems);
        }
    }
}
