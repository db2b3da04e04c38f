package io.potok.processes.internal;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Consumer;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Walks a form definition as a JSON tree and hands each place that holds a workspace reference to a
 * {@link Visitor}, so that export and import rewrite the same places in opposite directions.
 */
final class DefinitionTree {

    private final ObjectNode definition;
    private final Map<Integer, ObjectNode> fieldsById = new LinkedHashMap<>();

    DefinitionTree(ObjectNode definition) {
        this.definition = definition;
        forEachField(field -> fieldsById.put(field.path("id").asInt(), field));
    }

    /** The callbacks a walk makes at each reference. */
    interface Visitor {

        /** Called once per field, nested ones included: table columns, section fields and option fields. */
        void field(ObjectNode field);

        /** Called with the {@code who} of each assignee rule and the name of its step. */
        void assignees(ObjectNode who, String stepName);

        /**
         * Called with the values of each field condition whose field is a person or catalog field.
         *
         * @param field the compared field, as it is in the tree when the walk reaches the condition
         * @param where the field or step that contains the condition
         */
        void conditionValues(ObjectNode field, ArrayNode values, String where);
    }

    /**
     * Visits every condition first and then every field and assignee, so that a condition still finds its
     * field's catalog reference before the field is rewritten.
     */
    void walk(Visitor visitor) {
        forEachField(field -> conditions(field.get("visibleWhen"), visitor, field.path("name").asString("")));
        for (JsonNode step : definition.path("route").path("steps")) {
            String stepName = step.path("name").asString("");
            conditions(step.get("condition"), visitor, stepName);
            step.path("assignees").forEach(rule -> conditions(rule.get("when"), visitor, stepName));
        }

        forEachField(visitor::field);
        for (JsonNode step : definition.path("route").path("steps")) {
            String stepName = step.path("name").asString("");
            for (JsonNode rule : step.path("assignees")) {
                if (rule.get("who") instanceof ObjectNode who) {
                    visitor.assignees(who, stepName);
                }
            }
        }
    }

    void forEachField(Consumer<ObjectNode> action) {
        fields(definition.path("fields"), action);
    }

    private static void fields(JsonNode list, Consumer<ObjectNode> action) {
        for (JsonNode node : list) {
            if (node instanceof ObjectNode field) {
                action.accept(field);
                fields(field.path("fields"), action);
                field.path("info").path("options").forEach(option -> fields(option.path("fields"), action));
            }
        }
    }

    private void conditions(JsonNode condition, Visitor visitor, String where) {
        if (condition == null || !condition.isObject()) {
            return;
        }
        condition.path("conditions").forEach(inner -> conditions(inner, visitor, where));
        ObjectNode field = fieldsById.get(condition.path("fieldId").asInt(-1));
        if (field != null && condition.get("values") instanceof ArrayNode values && holdsReferences(field)) {
            visitor.conditionValues(field, values, where);
        }
    }

    private static boolean holdsReferences(ObjectNode field) {
        String type = field.path("type").asString("");
        return type.equals("person") || type.equals("catalog");
    }
}
