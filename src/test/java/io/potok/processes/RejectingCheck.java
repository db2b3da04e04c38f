package io.potok.processes;

import java.util.List;

import io.potok.forms.DefinitionCheck;
import io.potok.forms.DefinitionProblem;
import io.potok.forms.FormDefinition;
import org.springframework.stereotype.Component;

/**
 * A definition check for tests: it rejects any definition with a field coded {@value #REJECTED_CODE}, so that
 * tests can make a publish fail after an import has already created roles and catalogs. It lives in the test
 * sources, where component scanning finds it for every test context, and no other definition has that code.
 */
@Component
public class RejectingCheck implements DefinitionCheck {

    public static final String REJECTED_CODE = "rejected_by_test_check";

    @Override
    public List<DefinitionProblem> check(long orgId, Long formId, FormDefinition definition) {
        return definition.allFields().anyMatch(field -> REJECTED_CODE.equals(field.code()))
                ? List.of(DefinitionProblem.of("test_rejection", REJECTED_CODE))
                : List.of();
    }
}
