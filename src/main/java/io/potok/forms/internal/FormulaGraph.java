package io.potok.forms.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Orders computed fields so that each comes after the computed fields it reads, or finds a cycle among them.
 */
final class FormulaGraph {

    private enum State { VISITING, DONE }

    private final Map<Integer, Set<Integer>> dependencies;
    private final Map<Integer, State> states = new HashMap<>();
    private final List<Integer> path = new ArrayList<>();
    private final List<Integer> order = new ArrayList<>();
    private List<Integer> cycle = List.of();

    private FormulaGraph(Map<Integer, Set<Integer>> dependencies) {
        this.dependencies = dependencies;
    }

    /**
     * Orders the computed fields.
     *
     * @param dependencies for each computed field id, in form order, the ids of the fields its formula reads.
     *        An id that is not a key is an input field.
     */
    static Ordering order(Map<Integer, Set<Integer>> dependencies) {
        FormulaGraph graph = new FormulaGraph(dependencies);
        for (Integer field : dependencies.keySet()) {
            if (graph.cycle.isEmpty()) {
                graph.visit(field);
            }
        }
        return new Ordering(List.copyOf(graph.order), graph.cycle);
    }

    private void visit(Integer field) {
        if (!dependencies.containsKey(field) || states.get(field) == State.DONE || !cycle.isEmpty()) {
            return;
        }
        if (states.get(field) == State.VISITING) {
            cycle = closedCycle(field);
            return;
        }
        states.put(field, State.VISITING);
        path.add(field);
        dependencies.get(field).forEach(this::visit);
        path.remove(path.size() - 1);
        states.put(field, State.DONE);
        order.add(field);
    }

    /** Returns the fields on the path from the repeated field back to itself, such as {@code [a, b, a]}. */
    private List<Integer> closedCycle(Integer repeated) {
        List<Integer> fields = new ArrayList<>(path.subList(path.indexOf(repeated), path.size()));
        fields.add(repeated);
        return List.copyOf(fields);
    }

    /**
     * @param order the computed fields, each after those it reads; incomplete when there is a cycle
     * @param cycle the field ids of the first cycle found, the first repeated at the end; empty when none
     */
    record Ordering(List<Integer> order, List<Integer> cycle) {
    }
}
