package io.potok.registry.internal;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.StreamSupport;

import io.potok.catalogs.CatalogItem;
import io.potok.catalogs.Catalogs;
import io.potok.forms.FieldValues;
import io.potok.forms.Form;
import io.potok.forms.FormPublished;
import io.potok.forms.Forms;
import io.potok.platform.SupportedLocales;
import io.potok.tasks.TaskChanged;
import io.potok.tasks.TaskSnapshot;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectReader;
import tools.jackson.databind.json.JsonMapper;

import static io.potok.registry.internal.ProjectionTables.*;

/**
 * Upserts a task's projection row in the transaction that changed the task, so registry queries only read
 * task states that were committed.
 */
@Component
class ProjectionWriter {

    private final DSLContext dsl;
    private final Forms forms;
    private final Catalogs catalogs;
    private final FieldValues fieldValues;
    private final ProjectionSchema schema;
    private final ObjectReader reader;

    ProjectionWriter(DSLContext dsl, Forms forms, Catalogs catalogs, FieldValues fieldValues, ProjectionSchema schema,
                     JsonMapper json) {
        this.dsl = dsl;
        this.forms = forms;
        this.catalogs = catalogs;
        this.fieldValues = fieldValues;
        this.schema = schema;
        this.reader = json.reader().with(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS);
    }

    @EventListener
    void on(TaskChanged event) {
        TaskSnapshot task = event.task();
        if (task.formId() == null) {
            return;
        }
        Form form = forms.findVersion(task.orgId(), task.formId(), task.formVersion())
                .orElseThrow(() -> new IllegalStateException("Task " + task.taskId() + " names form "
                        + task.formId() + " version " + task.formVersion() + ", which does not exist"));
        schema.ensureVersion(form);
        upsert(task, ProjectedField.of(form.definition().fields()));
    }

    /** Adds columns for the fields a new form version brings, before any task of that version exists. */
    @EventListener
    void on(FormPublished event) {
        forms.findVersion(event.orgId(), event.formId(), event.version()).ifPresent(schema::ensureVersion);
    }

    /** Writes the task's row; columns of fields outside the task's version are left as they are. */
    void upsert(TaskSnapshot task, List<ProjectedField> fields) {
        Map<Field<?>, Object> values = taskColumns(task);
        values.putAll(fieldColumns(task.orgId(), fields, reader.readTree(task.fieldValuesJson())));
        dsl.insertInto(table(task.formId())).set(values)
                .onConflict(TASK_ID).doUpdate().set(values)
                .execute();
    }

    private static Map<Field<?>, Object> taskColumns(TaskSnapshot task) {
        Map<Field<?>, Object> values = new LinkedHashMap<>();
        values.put(TASK_ID, task.taskId());
        values.put(ORG_ID, task.orgId());
        values.put(FORM_VERSION, task.formVersion());
        values.put(SUBJECT, task.subject());
        values.put(CREATED_AT, task.createdAt());
        values.put(MODIFIED_AT, task.modifiedAt());
        values.put(CLOSED_AT, task.closedAt());
        values.put(CURRENT_STEP, task.currentStep());
        values.put(CLOSED, task.closed());
        values.put(AUTHOR_ID, task.authorId());
        values.put(RESPONSIBLE_ID, task.responsibleId());
        values.put(DUE_DATE, task.dueDate());
        values.put(DUE, task.due());
        values.put(PARTICIPANT_IDS, task.participantIds().toArray(new Long[0]));
        return values;
    }

    private Map<Field<?>, Object> fieldColumns(long orgId, List<ProjectedField> fields, JsonNode stored) {
        Map<Field<?>, Object> values = new HashMap<>();
        Map<Long, CatalogItem> items = catalogItems(orgId, fields, stored);
        for (ProjectedField field : fields) {
            JsonNode value = stored.get(String.valueOf(field.id()));
            boolean empty = value == null || value.isNull();
            values.put(column(field), empty ? null : typed(field.kind(), value));
            if (field.kind() == ColumnKind.CATALOG) {
                CatalogItem item = empty ? null : items.get((Long) typed(ColumnKind.CATALOG, value));
                values.put(textColumn(field), item == null ? null : item.key());
            }
            if (field.kind().isReferences()) {
                values.put(textColumn(field), empty ? null
                        : fieldValues.display(orgId, field.field(), value, SupportedLocales.RUSSIAN));
            }
        }
        return values;
    }

    private Map<Long, CatalogItem> catalogItems(long orgId, List<ProjectedField> fields, JsonNode stored) {
        List<Long> ids = fields.stream()
                .filter(field -> field.kind() == ColumnKind.CATALOG)
                .map(field -> stored.get(String.valueOf(field.id())))
                .filter(value -> value != null && !value.isNull())
                .map(value -> (Long) typed(ColumnKind.CATALOG, value))
                .filter(java.util.Objects::nonNull)
                .toList();
        return ids.isEmpty() ? Map.of() : catalogs.items(orgId, ids);
    }

    /** Converts a stored value in its canonical shape (see {@link io.potok.forms.FieldValues}) to SQL. */
    static Object typed(ColumnKind kind, JsonNode value) {
        switch (kind) {
            case TEXT: case FLAG: return value.asString();
            case NUMBER: return new BigDecimal(value.asString());
            case DATE: return LocalDate.parse(value.asString());
            case TIMESTAMP: return Instant.parse(value.asString());
            case TIME: return LocalTime.parse(value.asString());
            case CHOICE: return firstId(value.get("choice_ids"));
            case CHOICES: return ids(value.get("choice_ids"));
            case MEMBER: return value.get("id").asLong();
            case LINKS: return longs(value.get("task_ids"));
            case FILES: return longs(value);
            case LISTS: return longs(value.get("list_ids"));
            case CATALOG: {
                Integer first = firstId(value.get("item_ids"));
                return first == null ? null : value.get("item_ids").get(0).asLong();
            }
            default: throw new IllegalArgumentException("Unknown column kind " + kind);
        }
    }

    /** Reads a list of ids, or of objects with an {@code id}; null when empty, so the column reads as empty. */
    private static Long[] longs(JsonNode ids) {
        if (ids == null || ids.isEmpty()) {
            return null;
        }
        return StreamSupport.stream(ids.spliterator(), false)
                .map(id -> id.isObject() ? id.path("id").asLong() : id.asLong())
                .toArray(Long[]::new);
    }

    private static Integer firstId(JsonNode ids) {
        return ids == null || ids.isEmpty() ? null : ids.get(0).asInt();
    }

    private static Integer[] ids(JsonNode ids) {
        if (ids == null || ids.isEmpty()) {
            return null;
        }
        return StreamSupport.stream(ids.spliterator(), false).map(JsonNode::asInt).toArray(Integer[]::new);
    }
}
