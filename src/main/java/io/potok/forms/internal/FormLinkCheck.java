package io.potok.forms.internal;

import java.util.ArrayList;
import java.util.List;

import io.potok.forms.DefinitionCheck;
import io.potok.forms.DefinitionProblem;
import io.potok.forms.FieldType;
import io.potok.forms.FormDefinition;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Rejects a form_link field that names no linked form, or a form that is not one of the organisation's.
 * It reads the forms table directly, because going through {@link io.potok.forms.Forms} would make the
 * forms store depend on itself through the checks it runs.
 */
@Component
class FormLinkCheck implements DefinitionCheck {

    private final JdbcClient jdbc;

    FormLinkCheck(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public List<DefinitionProblem> check(long orgId, Long formId, FormDefinition definition) {
        List<DefinitionProblem> problems = new ArrayList<>();
        definition.allFields().filter(field -> field.type() == FieldType.FORM_LINK).forEach(field -> {
            Long linked = field.info().linkedFormId();
            if (linked == null) {
                problems.add(DefinitionProblem.of("form_link_without_form", field.name()));
            } else if (!linked.equals(formId) && !isFormOf(orgId, linked)) {
                problems.add(DefinitionProblem.of("form_link_unknown_form", field.name(), String.valueOf(linked)));
            }
        });
        return problems;
    }

    private boolean isFormOf(long orgId, long linkedFormId) {
        return jdbc.sql("select count(*) from forms where id = :id and org_id = :org")
                .param("id", linkedFormId).param("org", orgId).query(Long.class).single() > 0;
    }
}
