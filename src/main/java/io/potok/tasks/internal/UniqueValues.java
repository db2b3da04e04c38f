package io.potok.tasks.internal;

import java.util.Collection;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import io.potok.forms.FieldDefinition;
import io.potok.forms.FieldType;
import io.potok.forms.FieldValues;
import io.potok.forms.FormDefinition;
import io.potok.platform.SupportedLocales;
import io.potok.tasks.FieldValueNotUnique;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tools.jackson.databind.JsonNode;

/**
 * Keeps the {@code task_unique_values} rows of a task in step with its values in fields marked unique, and
 * raises {@link FieldValueNotUnique} when another task of the form already has a value.
 *
 * <p>A value is claimed when a task is created, and when the field changes, on a form version that marks the
 * field unique. NOTE: values stored before the field became unique are not claimed until they change, so
 * two older tasks may share a value and neither blocks a new task.
 */
@Repository
class UniqueValues {

    private final JdbcClient jdbc;
    private final FieldValues fieldValues;

    UniqueValues(JdbcClient jdbc, FieldValues fieldValues) {
        this.jdbc = jdbc;
        this.fieldValues = fieldValues;
    }

    /** Claims the values of every unique field of a task just inserted. */
    void claimAll(Operation operation) {
        claim(operation, uniqueFields(operation.form.definition()).map(FieldDefinition::id).collect(Collectors.toSet()));
    }

    /**
     * Claims the current values of the given fields, where they are unique, and releases what the task held
     * in them before.
     */
    void claim(Operation operation, Collection<Integer> fieldIds) {
        Set<Integer> changed = Set.copyOf(fieldIds);
        uniqueFields(operation.form.definition())
                .filter(field -> changed.contains(field.id()))
                .forEach(field -> claim(operation, field));
    }

    private void claim(Operation operation, FieldDefinition field) {
        TaskRecord task = operation.task;
        JsonNode value = task.values.get(String.valueOf(field.id()));
        String hash = UniqueValueKeys.hash(field, value);
        jdbc.sql("delete from task_unique_values where task_id = :task and field_id = :field")
                .param("task", task.id).param("field", field.id()).update();
        if (hash == null) {
            return;
        }

        Optional<Long> holder = insert(task, field, hash).or(() -> holder(task, field, hash));
        if (holder.isPresent() && holder.get() != task.id) {
            String shown = fieldValues.display(task.orgId, field, value, SupportedLocales.RUSSIAN).strip();
            throw new FieldValueNotUnique(field.name(), shown, holder.get());
        }
    }

    /**
     * Inserts the claim unless another task already has it. The insert waits for a concurrent claim of the
     * same value to commit or roll back, so of two tasks created at once only one gets the value.
     */
    private Optional<Long> insert(TaskRecord task, FieldDefinition field, String hash) {
        return jdbc.sql("""
                        insert into task_unique_values (form_id, field_id, value_hash, org_id, task_id)
                        values (:form, :field, :hash, :org, :task)
                        on conflict (form_id, field_id, value_hash) do nothing
                        returning task_id""")
                .param("form", task.formId).param("field", field.id()).param("hash", hash)
                .param("org", task.orgId).param("task", task.id)
                .query(Long.class).optional();
    }

    private Optional<Long> holder(TaskRecord task, FieldDefinition field, String hash) {
        return jdbc.sql("""
                        select task_id from task_unique_values
                        where form_id = :form and field_id = :field and value_hash = :hash""")
                .param("form", task.formId).param("field", field.id()).param("hash", hash)
                .query(Long.class).optional();
    }

    /** Returns the unique fields stored at the top level; table columns are not checked. */
    private static Stream<FieldDefinition> uniqueFields(FormDefinition form) {
        Set<Integer> columns = form.allFields().filter(field -> field.type() == FieldType.TABLE)
                .flatMap(table -> table.fields().stream()).map(FieldDefinition::id).collect(Collectors.toSet());
        return form.allFields().filter(FieldDefinition::isUnique).filter(field -> !columns.contains(field.id()))
                .filter(field -> !field.type().isContainer());
    }
}
