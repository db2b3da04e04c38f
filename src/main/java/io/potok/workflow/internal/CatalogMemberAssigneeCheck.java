package io.potok.workflow.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import io.potok.catalogs.Catalog;
import io.potok.catalogs.Catalogs;
import io.potok.forms.DefinitionCheck;
import io.potok.forms.DefinitionProblem;
import io.potok.forms.FieldDefinition;
import io.potok.forms.FieldType;
import io.potok.forms.FormDefinition;
import io.potok.forms.RouteDefinition.AssigneeRule;
import io.potok.forms.RouteDefinition.Assignees;
import io.potok.forms.RouteDefinition.Step;
import org.springframework.stereotype.Component;

/**
 * Rejects a step assigned by a catalog's member column when the field is not a catalog field of the form, or
 * its catalog has no member column of that name.
 */
@Component
class CatalogMemberAssigneeCheck implements DefinitionCheck {

    private final Catalogs catalogs;

    CatalogMemberAssigneeCheck(Catalogs catalogs) {
        this.catalogs = catalogs;
    }

    @Override
    public List<DefinitionProblem> check(long orgId, Long formId, FormDefinition definition) {
        List<DefinitionProblem> problems = new ArrayList<>();
        for (Step step : definition.route().steps()) {
            for (AssigneeRule rule : step.assignees()) {
                Assignees who = rule.who();
                if (who != null && who.kind() == Assignees.Kind.CATALOG_MEMBER) {
                    problem(orgId, step, who, definition).ifPresent(problems::add);
                }
            }
        }
        return problems;
    }

    private Optional<DefinitionProblem> problem(long orgId, Step step, Assignees who, FormDefinition definition) {
        String stepName = step.name() == null ? "" : step.name();
        Optional<FieldDefinition> field = who.fieldId() == null ? Optional.empty()
                : definition.field(who.fieldId()).filter(found -> found.type() == FieldType.CATALOG);
        if (field.isEmpty() || field.get().info().catalogId() == null) {
            return Optional.of(DefinitionProblem.of("catalog_member_field_invalid", String.valueOf(step.number()),
                    stepName, String.valueOf(who.fieldId())));
        }
        Optional<Catalog> catalog = catalogs.find(orgId, field.get().info().catalogId());
        if (catalog.isEmpty() || !hasMemberColumn(catalog.get(), who.column())) {
            return Optional.of(DefinitionProblem.of("catalog_member_column_invalid", String.valueOf(step.number()),
                    stepName, field.get().name(), who.column() == null ? "" : who.column()));
        }
        return Optional.empty();
    }

    private static boolean hasMemberColumn(Catalog catalog, String column) {
        int index = catalog.columnIndex(column);
        return index >= 0 && "member".equals(catalog.headers().get(index).type());
    }
}
