package io.potok.forms.internal;

import io.potok.forms.FieldDefinition;
import io.potok.forms.Form;
import io.potok.forms.TaskFacts;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.IntNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;
import tools.jackson.databind.node.StringNode;

/**
 * Renders stored values as the API's field objects: {@code id}, {@code type}, {@code name}, {@code code}
 * when set, {@code parent_id} and {@code row_id} for nested fields, and {@code value} unless empty.
 */
final class ValueRendering {

    private final PersonValues persons;
    private final CatalogValues catalogItems;
    private final LinkedValues linked;

    ValueRendering(PersonValues persons, CatalogValues catalogItems, LinkedValues linked) {
        this.persons = persons;
        this.catalogItems = catalogItems;
        this.linked = linked;
    }

    ArrayNode render(long orgId, Form form, ObjectNode values, TaskFacts facts) {
        Context context = new Context(orgId, values, facts);
        ArrayNode fields = JsonNodeFactory.instance.arrayNode();
        form.definition().fields().forEach(field -> fields.add(fieldObject(context, field, null, null)));
        return fields;
    }

    private ObjectNode fieldObject(Context context, FieldDefinition field, Integer parentId, Long rowId) {
        ObjectNode object = JsonNodeFactory.instance.objectNode();
        object.put("id", field.id());
        object.put("type", field.type().wireName());
        object.put("name", field.name());
        if (field.code() != null) {
            object.put("code", field.code());
        }
        if (parentId != null) {
            object.put("parent_id", parentId);
        }
        if (rowId != null) {
            object.put("row_id", rowId);
        }
        JsonNode stored = rowId != null ? context.cell() : context.values().get(String.valueOf(field.id()));
        JsonNode value = value(context, field, stored);
        if (value != null) {
            object.set("value", value);
        }
        return object;
    }

    private JsonNode value(Context context, FieldDefinition field, JsonNode stored) {
        switch (field.type()) {
            case TITLE:
                return title(context, field);
            case STEP:
                Integer step = context.facts().currentStep();
                return step == null ? null : IntNode.valueOf(step);
            case STATUS:
                return StringNode.valueOf(context.facts().closed() ? "closed" : "open");
            case CREATION_DATE:
                java.time.Instant createdAt = context.facts().createdAt();
                return createdAt == null ? null : StringNode.valueOf(ScalarValues.UTC_DATE_TIME.format(createdAt));
            case AUTHOR:
                return persons.render(context.orgId(), context.facts().authorId());
            case NOTE:
                return field.info().text() == null ? null : StringNode.valueOf(field.info().text());
            default:
                return ValueParser.isEmpty(stored) ? null : storedValue(context, field, stored);
        }
    }

    private JsonNode storedValue(Context context, FieldDefinition field, JsonNode stored) {
        switch (field.type()) {
            case TABLE:
                return rows(context, field, stored);
            case MULTIPLE_CHOICE:
                return withOptionFields(context, field, stored, choices(field, stored));
            case PERSON:
                return persons.render(context.orgId(), stored.path("id").asLong());
            case CATALOG:
                return catalogItems.render(context.orgId(), field, stored);
            case FORM_LINK:
                return linked.links().render(context.orgId(), stored);
            case FILE:
                return linked.files().render(stored);
            case PROJECT:
                return linked.lists().render(context.orgId(), stored);
            default:
                return stored.deepCopy();
        }
    }

    private ObjectNode title(Context context, FieldDefinition title) {
        ObjectNode value = JsonNodeFactory.instance.objectNode();
        ArrayNode children = value.putArray("fields");
        title.fields().forEach(child -> children.add(fieldObject(context, child, title.id(), null)));
        return value;
    }

    private ArrayNode rows(Context context, FieldDefinition table, JsonNode stored) {
        ArrayNode rows = JsonNodeFactory.instance.arrayNode();
        for (JsonNode storedRow : stored) {
            long rowId = storedRow.path("row_id").asLong();
            ObjectNode row = rows.addObject();
            row.put("row_id", rowId);
            ArrayNode cells = row.putArray("cells");
            for (FieldDefinition column : table.fields()) {
                Context cellContext = context.withCell(storedRow.path("cells").get(String.valueOf(column.id())));
                cells.add(fieldObject(cellContext, column, table.id(), rowId));
            }
        }
        return rows;
    }

    /** Adds the fields of the chosen options as {@code fields}, as a title lists its fields. */
    private ObjectNode withOptionFields(Context context, FieldDefinition field, JsonNode stored, ObjectNode value) {
        if (value == null) {
            return null;
        }
        java.util.List<Integer> chosen = ChoiceValues.storedIds(stored);
        java.util.List<FieldDefinition> nested = field.info().options().stream()
                .filter(option -> chosen.contains(option.id()))
                .flatMap(option -> option.fields().stream())
                .toList();
        if (!nested.isEmpty()) {
            ArrayNode children = value.putArray("fields");
            nested.forEach(child -> children.add(fieldObject(context, child, field.id(), null)));
        }
        return value;
    }

    /** Renders {@code choice_id} (the first, for older clients), {@code choice_ids} and {@code choice_names}. */
    private static ObjectNode choices(FieldDefinition field, JsonNode stored) {
        ObjectNode value = JsonNodeFactory.instance.objectNode();
        java.util.List<Integer> ids = ChoiceValues.storedIds(stored);
        if (ids.isEmpty()) {
            return null;
        }
        value.put("choice_id", ids.get(0));
        ArrayNode idList = value.putArray("choice_ids");
        ArrayNode names = value.putArray("choice_names");
        for (Integer id : ids) {
            idList.add(id);
            names.add(ChoiceValues.option(field, id).map(option -> option.value()).orElse("#" + id));
        }
        return value;
    }

    /** The input of one render call: the values, the task's facts, and the table cell being rendered. */
    private record Context(long orgId, ObjectNode values, TaskFacts facts, JsonNode cell) {

        Context(long orgId, ObjectNode values, TaskFacts facts) {
            this(orgId, values, facts, null);
        }

        Context withCell(JsonNode storedCell) {
            return new Context(orgId, values, facts, storedCell);
        }
    }
}
