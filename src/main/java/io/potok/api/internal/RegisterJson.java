package io.potok.api.internal;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import io.potok.forms.FieldDefinition;
import io.potok.forms.FieldSettings;
import io.potok.forms.FieldType;
import io.potok.identity.CurrentMember;
import io.potok.identity.Member;
import io.potok.identity.Members;
import io.potok.registry.RegistryColumn;
import io.potok.registry.RegistryPage;
import io.potok.registry.RegistryRow;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Renders a registry page in the shape of Pyrus's register: {@code {"tasks": [...]}} with each task's header
 * and the requested field values, plus Potok's {@code next_cursor} while more pages follow.
 */
@Component
class RegisterJson {

    private final JsonMapper json;
    private final Members members;

    RegisterJson(JsonMapper json, Members members) {
        this.json = json;
        this.members = members;
    }

    ObjectNode page(CurrentMember caller, RegistryPage page) {
        Map<Long, Member> people = members.findAll(caller.orgId(), memberIds(page));
        ArrayNode tasks = json.createArrayNode();
        page.rows().forEach(row -> tasks.add(task(row, page.columns(), people)));

        ObjectNode body = json.createObjectNode();
        body.set("tasks", tasks);
        if (page.nextCursor() != null) {
            body.put("next_cursor", page.nextCursor());
        }
        return body;
    }

    private ObjectNode task(RegistryRow row, List<RegistryColumn> columns, Map<Long, Member> people) {
        ObjectNode node = json.createObjectNode();
        node.put("id", row.taskId());
        node.put("subject", row.subject());
        node.put("create_date", ApiFormats.dateTime(row.createdAt()));
        node.put("last_modified_date", ApiFormats.dateTime(row.modifiedAt()));
        if (row.closedAt() != null) {
            node.put("close_date", ApiFormats.dateTime(row.closedAt()));
        }
        node.set("author", person(people, row.authorId()));
        if (row.responsibleId() != null) {
            node.set("responsible", person(people, row.responsibleId()));
        }
        if (row.currentStep() != null) {
            node.put("current_step", row.currentStep());
        }
        node.put("is_closed", row.closed());
        node.set("fields", fields(row, columns, people));
        return node;
    }

    private ArrayNode fields(RegistryRow row, List<RegistryColumn> columns, Map<Long, Member> people) {
        ArrayNode fields = json.createArrayNode();
        for (RegistryColumn column : columns) {
            FieldDefinition field = column.field();
            ObjectNode node = fields.addObject();
            node.put("id", field.id());
            node.put("type", field.type().wireName());
            node.put("name", field.name());
            if (column.archived()) {
                node.put("archived", true);
            }
            Object value = row.values().get(field.id());
            if (value != null) {
                node.set("value", value(field, value, people));
            }
        }
        return fields;
    }

    private JsonNode value(FieldDefinition field, Object value, Map<Long, Member> people) {
        if (field.type() == FieldType.MULTIPLE_CHOICE) {
            return choices(field.info(), value instanceof List<?> list ? list : List.of(value));
        }
        if (field.type() == FieldType.PERSON && value instanceof Long id) {
            return person(people, id);
        }
        if (value instanceof RegistryRow.CatalogValue item) {
            ObjectNode node = json.createObjectNode();
            node.put("item_id", item.itemId());
            node.putArray("item_ids").add(item.itemId());
            node.putArray("values").add(item.text());
            return node;
        }
        if (value instanceof RegistryRow.ReferencesValue references) {
            return references(field, references);
        }
        return scalar(value);
    }

    /**
     * Renders the ids of a form_link, file or project column in the field's read shape. The register keeps
     * no per-file names or per-list names, so files and lists carry their ids only, and a form_link's
     * {@code subject} contains the subjects of all its linked tasks.
     */
    private JsonNode references(FieldDefinition field, RegistryRow.ReferencesValue value) {
        if (field.type() == FieldType.FILE) {
            ArrayNode files = json.createArrayNode();
            value.ids().forEach(id -> files.addObject().put("id", id));
            return files;
        }
        ObjectNode node = json.createObjectNode();
        if (field.type() == FieldType.PROJECT) {
            ArrayNode projects = node.putArray("projects");
            value.ids().forEach(id -> projects.addObject().put("id", id));
            return node;
        }
        node.put("task_id", value.ids().get(0));
        value.ids().forEach(node.putArray("task_ids")::add);
        node.put("subject", value.text());
        return node;
    }

    private JsonNode scalar(Object value) {
        if (value instanceof BigDecimal number) {
            return json.getNodeFactory().numberNode(number);
        }
        if (value instanceof Instant instant) {
            return json.getNodeFactory().stringNode(ApiFormats.dateTime(instant));
        }
        if (value instanceof LocalTime time) {
            return json.getNodeFactory().stringNode(String.format("%02d:%02d", time.getHour(), time.getMinute()));
        }
        if (value instanceof LocalDate date) {
            return json.getNodeFactory().stringNode(ApiFormats.date(date));
        }
        return json.getNodeFactory().stringNode(String.valueOf(value));
    }

    private ObjectNode choices(FieldSettings settings, List<?> ids) {
        ObjectNode node = json.createObjectNode();
        ArrayNode choiceIds = node.putArray("choice_ids");
        ArrayNode choiceNames = node.putArray("choice_names");
        for (Object id : ids) {
            int choiceId = ((Number) id).intValue();
            choiceIds.add(choiceId);
            settings.options().stream().filter(option -> option.id() == choiceId).findFirst()
                    .ifPresent(option -> choiceNames.add(option.value()));
        }
        return node;
    }

    private JsonNode person(Map<Long, Member> people, long id) {
        Member member = people.get(id);
        if (member == null) {
            return json.createObjectNode().put("id", id);
        }
        return json.valueToTree(PersonJson.of(member));
    }

    private static Set<Long> memberIds(RegistryPage page) {
        Set<Long> ids = new HashSet<>();
        for (RegistryRow row : page.rows()) {
            ids.add(row.authorId());
            if (row.responsibleId() != null) {
                ids.add(row.responsibleId());
            }
            row.values().values().stream().filter(Long.class::isInstance).map(Long.class::cast).forEach(ids::add);
        }
        return ids;
    }
}
