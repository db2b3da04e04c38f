package io.potok.forms.internal;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import io.potok.forms.DefinitionCheck;
import io.potok.forms.DefinitionProblem;
import io.potok.forms.FormDefinition;
import io.potok.forms.RouteDefinition;
import io.potok.forms.RouteDefinition.Step;
import org.springframework.stereotype.Component;

/**
 * Rejects routes whose steps cannot be addressed: a step number used twice, and a reject target that is not
 * an earlier step of the route (a task sent there would loop forward or land nowhere).
 */
@Component
class StepStructureCheck implements DefinitionCheck {

    @Override
    public List<DefinitionProblem> check(long orgId, Long formId, FormDefinition definition) {
        RouteDefinition route = definition.route();
        List<DefinitionProblem> problems = new ArrayList<>();
        duplicateNumbers(route).forEach(number ->
                problems.add(DefinitionProblem.of("duplicate_step_number", String.valueOf(number))));
        route.steps().stream()
                .filter(step -> step.rejectToStep() != null && !isEarlierStep(route, step))
                .forEach(step -> problems.add(DefinitionProblem.of("reject_target_not_earlier",
                        String.valueOf(step.number()), DefinitionLabels.step(step),
                        String.valueOf(step.rejectToStep()))));
        return problems;
    }

    private static Set<Integer> duplicateNumbers(RouteDefinition route) {
        Set<Integer> seen = new HashSet<>();
        Set<Integer> duplicates = new LinkedHashSet<>();
        route.steps().forEach(step -> {
            if (!seen.add(step.number())) {
                duplicates.add(step.number());
            }
        });
        return duplicates;
    }

    private static boolean isEarlierStep(RouteDefinition route, Step step) {
        int target = step.rejectToStep();
        return target < step.number() && route.step(target).isPresent();
    }
}
