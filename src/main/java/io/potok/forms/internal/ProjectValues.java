package io.potok.forms.internal;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import io.potok.forms.FieldDefinition;
import io.potok.forms.LinkedRecords;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

import static io.potok.forms.internal.Rejections.invalid;

/**
 * Parses project values, the task lists a task is in, stored as {@code {"list_ids": [..]}}, and renders them
 * as {@code {"projects": [{"id", "name"}]}}. Pyrus treats the field as read-only; Potok also accepts
 * {@code {"list_ids": [..]}}, {@code {"projects": [{"id"}]}} or a list of ids, so that a page user can pick
 * the lists.
 */
final class ProjectValues {

    static final String LIST_IDS = "list_ids";

    private final LinkedRecords records;

    ProjectValues(LinkedRecords records) {
        this.records = records;
    }

    JsonNode parse(long orgId, FieldDefinition field, JsonNode value) {
        Set<Long> ids = new LinkedHashSet<>(idsGiven(field, value));
        Map<Long, String> names = records.listNames(orgId, ids);
        for (Long id : ids) {
            if (!names.containsKey(id)) {
                throw invalid("project_list_not_found", field.name(), String.valueOf(id));
            }
        }
        ObjectNode stored = JsonNodeFactory.instance.objectNode();
        ids.forEach(stored.putArray(LIST_IDS)::add);
        return ids.isEmpty() ? null : stored;
    }

    ObjectNode render(long orgId, JsonNode stored) {
        List<Long> ids = Ids.stored(stored, LIST_IDS);
        if (ids.isEmpty()) {
            return null;
        }
        Map<Long, String> names = records.listNames(orgId, ids);
        ObjectNode rendered = JsonNodeFactory.instance.objectNode();
        ArrayNode projects = rendered.putArray("projects");
        for (Long id : ids) {
            projects.addObject().put("id", id).put("name", names.getOrDefault(id, "#" + id));
        }
        return rendered;
    }

    /** Returns the names of the stored lists, or {@code #id} for a list that is gone. */
    List<String> names(long orgId, JsonNode stored) {
        List<Long> ids = Ids.stored(stored, LIST_IDS);
        Map<Long, String> names = records.listNames(orgId, ids);
        return ids.stream().map(id -> names.getOrDefault(id, "#" + id)).toList();
    }

    private static List<Long> idsGiven(FieldDefinition field, JsonNode value) {
        List<JsonNode> references = new ArrayList<>();
        if (value.isObject() && value.path(LIST_IDS).isArray()) {
            value.get(LIST_IDS).forEach(references::add);
        } else if (value.isObject() && value.path("projects").isArray()) {
            value.get("projects").forEach(project -> references.add(project.isObject() ? project.get("id") : project));
        } else if (value.isArray()) {
            value.forEach(references::add);
        } else {
            throw invalid("project_format", field, value);
        }
        List<Long> ids = new ArrayList<>();
        for (JsonNode reference : references) {
            ids.add(Ids.of(reference).orElseThrow(() -> invalid("project_format", field, value)));
        }
        return ids;
    }
}
