package io.potok.processes.internal;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Consumer;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Walks a form definition as a JSON tree and hands each place that holds a workspace reference to a
 * {@link Visitor}, so that export and import rewrite the same places in opposite directions. The places are
 * in fields, the route, and the automation's rules and schedules; webhook subscriptions hold only URLs.
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

        /** Called with each object that names another form by {@code formId}, such as a create-task action. */
        void formReference(ObjectNode holder, String where);

        /** Called with each object that names a catalog by {@code catalogId}, such as a per-record cadence. */
        void catalogReference(ObjectNode holder, String where);
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
        automation("rules").forEach(rule -> conditions(rule.get("condition"), visitor, name(rule)));

        forEachField(visitor::field);
        for (JsonNode step : definition.path("route").path("steps")) {
            String stepName = step.path("name").asString("");
            for (JsonNode rule : step.path("assignees")) {
                if (rule.get("who") instanceof ObjectNode who) {
                    visitor.assignees(who, stepName);
                }
            }
        }
        automationReferences(visitor);
    }

    /** Visits the people, forms and catalogs that rules and schedules name. */
    private void automationReferences(Visitor visitor) {
        for (JsonNode rule : automation("rules")) {
            for (JsonNode action : rule.path("actions")) {
                if (action.get("assignees") instanceof ObjectNode who) {
                    visitor.assignees(who, name(rule));
                }
                if (action instanceof ObjectNode holder && (holder.has("formId") || holder.has("form"))) {
                    visitor.formReference(holder, name(rule));
                }
            }
        }
        for (JsonNode schedule : automation("schedules")) {
            if (schedule.get("responsible") instanceof ObjectNode who) {
                visitor.assignees(who, name(schedule));
            }
            if (schedule.get("cadence") instanceof ObjectNode cadence) {
                visitor.catalogReference(cadence, name(schedule));
            }
        }
    }

    private JsonNode automation(String part) {
        return definition.path("automation").path(part);
    }

    private static String name(JsonNode node) {
        return node.path("name").asString("");
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
        boolean comparesColumn = condition.hasNonNull("column");
        if (field != null && !comparesColumn && condition.get("values") instanceof ArrayNode values
                && holdsReferences(field)) {
            visitor.conditionValues(field, values, where);
        }
    }

    private static boolean holdsReferences(ObjectNode field) {
        String type = field.path("type").asString("");
        return type.equals("person") || type.equals("catalog");
    }
}
