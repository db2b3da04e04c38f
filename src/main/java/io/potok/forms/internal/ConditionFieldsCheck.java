package io.potok.forms.internal;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import io.potok.forms.Condition;
import io.potok.forms.DefinitionCheck;
import io.potok.forms.DefinitionProblem;
import io.potok.forms.FormDefinition;
import io.potok.forms.RouteDefinition.AssigneeRule;
import io.potok.forms.RouteDefinition.Step;
import org.springframework.stereotype.Component;

/**
 * Rejects conditions that test a field the definition does not have, such as a step condition on a field a
 * designer has just removed: the condition could never be evaluated as its author meant. Step conditions,
 * assignee rule conditions and field visibility conditions are checked.
 */
@Component
class ConditionFieldsCheck implements DefinitionCheck {

    @Override
    public List<DefinitionProblem> check(long orgId, Long formId, FormDefinition definition) {
        List<DefinitionProblem> problems = new ArrayList<>();
        for (Step step : definition.route().steps()) {
            String number = String.valueOf(step.number());
            unknownFields(step.condition(), definition).forEach(id -> problems.add(DefinitionProblem.of(
                    "step_condition_unknown_field", number, DefinitionLabels.step(step), String.valueOf(id))));
            for (AssigneeRule rule : step.assignees()) {
                unknownFields(rule.when(), definition).forEach(id -> problems.add(DefinitionProblem.of(
                        "assignee_condition_unknown_field", number, DefinitionLabels.step(step), String.valueOf(id))));
            }
        }
        definition.allFields().forEach(field -> unknownFields(field.visibleWhen(), definition).forEach(id ->
                problems.add(DefinitionProblem.of("visibility_unknown_field", DefinitionLabels.field(field),
                        String.valueOf(id)))));
        return problems;
    }

    /** Returns the ids of the fields the condition tests that are not in the definition, in condition order. */
    static Set<Integer> unknownFields(Condition condition, FormDefinition definition) {
        Set<Integer> unknown = new LinkedHashSet<>();
        fieldIds(condition).stream()
                .filter(id -> definition.field(id).isEmpty())
                .forEach(unknown::add);
        return unknown;
    }

    static List<Integer> fieldIds(Condition condition) {
        List<Integer> ids = new ArrayList<>();
        collect(condition, ids);
        return ids;
    }

    private static void collect(Condition condition, List<Integer> ids) {
        if (condition instanceof Condition.FieldIs field) {
            ids.add(field.fieldId());
        } else if (condition instanceof Condition.All all) {
            all.conditions().forEach(nested -> collect(nested, ids));
        } else if (condition instanceof Condition.Any any) {
            any.conditions().forEach(nested -> collect(nested, ids));
        }
    }
}
