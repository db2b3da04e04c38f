package io.potok.forms.internal;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import io.potok.forms.FieldDefinition;
import io.potok.forms.LinkedRecords;
import io.potok.forms.LinkedRecords.LinkedTask;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

import static io.potok.forms.internal.Rejections.invalid;

/**
 * Parses form_link values, {@code {"task_ids": [..]}} or the older {@code {"task_id": n}}, stored as
 * {@code {"task_ids": [..]}}, and renders them with the linked task's subject. A linked task must be a task of
 * the organisation on the field's linked form. The tasks module checks that the writer may see it, because
 * only the tasks module has the writer.
 */
final class FormLinkValues {

    static final String TASK_IDS = "task_ids";

    private final LinkedRecords records;

    FormLinkValues(LinkedRecords records) {
        this.records = records;
    }

    JsonNode parse(long orgId, FieldDefinition field, JsonNode value) {
        Set<Long> ids = new LinkedHashSet<>(idsGiven(field, value));
        Map<Long, LinkedTask> tasks = records.tasks(orgId, ids);
        for (Long id : ids) {
            LinkedTask task = tasks.get(id);
            if (task == null) {
                throw invalid("form_link_not_found", field.name(), String.valueOf(id));
            }
            if (!Objects.equals(task.formId(), field.info().linkedFormId())) {
                throw invalid("form_link_other_form", field.name(), String.valueOf(id));
            }
        }
        ObjectNode stored = JsonNodeFactory.instance.objectNode();
        ids.forEach(stored.putArray(TASK_IDS)::add);
        return ids.isEmpty() ? null : stored;
    }

    /**
     * Renders {@code task_id} (the first, for older clients), {@code task_ids} and {@code subject}, the first
     * linked task's subject.
     */
    // NOTE: the subject is shown to every reader of the linking task, also to readers who may not see the
    // linked task itself. Opening the linked task still checks visibility.
    ObjectNode render(long orgId, JsonNode stored) {
        List<Long> ids = Ids.stored(stored, TASK_IDS);
        if (ids.isEmpty()) {
            return null;
        }
        ObjectNode rendered = JsonNodeFactory.instance.objectNode();
        rendered.put("task_id", ids.get(0));
        ids.forEach(rendered.putArray(TASK_IDS)::add);
        rendered.put("subject", subjects(orgId, stored).get(0));
        return rendered;
    }

    /** Returns the subjects of the linked tasks, or {@code #id} for a task that is gone. */
    List<String> subjects(long orgId, JsonNode stored) {
        List<Long> ids = Ids.stored(stored, TASK_IDS);
        Map<Long, LinkedTask> tasks = records.tasks(orgId, ids);
        return ids.stream().map(id -> tasks.containsKey(id) ? tasks.get(id).subject() : "#" + id).toList();
    }

    private static List<Long> idsGiven(FieldDefinition field, JsonNode value) {
        List<JsonNode> references = new ArrayList<>();
        if (value.isObject() && value.path(TASK_IDS).isArray()) {
            value.get(TASK_IDS).forEach(references::add);
        } else if (value.isObject() && value.has("task_id")) {
            references.add(value.get("task_id"));
        } else if (value.isArray()) {
            value.forEach(references::add);
        } else {
            references.add(value);
        }
        List<Long> ids = new ArrayList<>();
        for (JsonNode reference : references) {
            ids.add(Ids.of(reference).orElseThrow(() -> invalid("form_link_format", field, value)));
        }
        return ids;
    }
}
