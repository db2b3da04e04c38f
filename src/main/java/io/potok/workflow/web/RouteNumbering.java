package io.potok.workflow.web;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import io.potok.forms.RouteDefinition;
import io.potok.forms.RouteDefinition.Step;

/**
 * Renumbers a route's steps 1, 2, 3 … in the order the designer lists them, so that reordering never leaves
 * gaps or duplicates, and points each reject target at its step's new number.
 */
final class RouteNumbering {

    private RouteNumbering() {
    }

    static RouteDefinition normalized(RouteDefinition route) {
        Map<Integer, Integer> newNumbers = new HashMap<>();
        for (int index = 0; index < route.steps().size(); index++) {
            newNumbers.putIfAbsent(route.steps().get(index).number(), index + 1);
        }
        List<Step> steps = new ArrayList<>();
        for (int index = 0; index < route.steps().size(); index++) {
            steps.add(renumbered(route.steps().get(index), index + 1, newNumbers));
        }
        return new RouteDefinition(steps);
    }

    private static Step renumbered(Step step, int number, Map<Integer, Integer> newNumbers) {
        Integer rejectTo = step.rejectToStep() == null ? null : newNumbers.get(step.rejectToStep());
        if (rejectTo != null && rejectTo >= number) {
            rejectTo = null;
        }
        Integer dueHours = step.dueHours() != null && step.dueHours() > 0 ? step.dueHours() : null;
        Boolean businessHours = dueHours != null && step.countsBusinessHours() ? Boolean.TRUE : null;
        return new Step(number, step.name(), step.condition(), step.assignees(), rejectTo, dueHours, businessHours);
    }
}
