package io.potok.registry.internal;

import java.util.List;

import io.potok.forms.FieldDefinition;
import io.potok.forms.Form;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Name;
import org.jooq.impl.DSL;
import org.jooq.impl.SQLDataType;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

import static io.potok.registry.internal.ProjectionTables.*;

/**
 * Creates each form's projection table and adds a column (with its index) for every field a form version
 * brings. Columns are never dropped, so values of removed fields stay queryable.
 */
@Component
class ProjectionSchema {

    private static final Logger log = LoggerFactory.getLogger(ProjectionSchema.class);

    private final DSLContext dsl;
    private final JsonMapper json;

    ProjectionSchema(DSLContext dsl, JsonMapper json) {
        this.dsl = dsl;
        this.json = json;
    }

    /**
     * Makes sure the form version's fields have columns. Runs in the caller's transaction; a lock per form
     * keeps concurrent callers from creating the same table or column twice.
     */
    void ensureVersion(Form form) {
        if (isProjected(form.id(), form.version())) {
            return;
        }
        dsl.execute("select pg_advisory_xact_lock({0}, {1})", DSL.val(0x7265), DSL.val((int) form.id()));
        if (isProjected(form.id(), form.version())) {
            return;
        }
        createTable(form.id());
        List<ProjectedField> fields = ProjectedField.of(form.definition().fields());
        fields.forEach(field -> addColumn(form.id(), field));
        recordFields(form, fields);
        log.info("Registry projection of form {} now covers version {} ({} fields)",
                form.id(), form.version(), fields.size());
    }

    /** Tells whether the form has a projection table. */
    boolean isProjected(long formId) {
        return dsl.fetchExists(DSL.selectOne().from(DSL.table(DSL.name("registry_form_versions")))
                .where(DSL.field(DSL.name("form_id")).eq(formId)));
    }

    boolean isProjected(long formId, int version) {
        return dsl.fetchExists(DSL.selectOne().from(DSL.table(DSL.name("registry_form_versions")))
                .where(DSL.field(DSL.name("form_id")).eq(formId))
                .and(DSL.field(DSL.name("version")).eq(version)));
    }

    private void createTable(long formId) {
        Name table = tableName(formId);
        dsl.createTableIfNotExists(table)
                .column(TASK_ID, SQLDataType.BIGINT.notNull())
                .column(ORG_ID, SQLDataType.BIGINT.notNull())
                .column(FORM_VERSION, SQLDataType.INTEGER)
                .column(SUBJECT, SQLDataType.CLOB)
                .column(CREATED_AT, SQLDataType.INSTANT.notNull())
                .column(MODIFIED_AT, SQLDataType.INSTANT)
                .column(CLOSED_AT, SQLDataType.INSTANT)
                .column(CURRENT_STEP, SQLDataType.INTEGER)
                .column(CLOSED, SQLDataType.BOOLEAN.notNull())
                .column(AUTHOR_ID, SQLDataType.BIGINT.notNull())
                .column(RESPONSIBLE_ID, SQLDataType.BIGINT)
                .column(DUE_DATE, SQLDataType.LOCALDATE)
                .column(DUE, SQLDataType.INSTANT)
                .column(PARTICIPANT_IDS, SQLDataType.BIGINT.array().notNull())
                .primaryKey(TASK_ID)
                .execute();
        for (Field<?> sorted : List.of(CREATED_AT, MODIFIED_AT, CLOSED_AT, CURRENT_STEP, RESPONSIBLE_ID, AUTHOR_ID)) {
            sortIndex(formId, sorted);
        }
        dsl.execute("create index if not exists {0} on {1} using gin ({2})",
                indexName(formId, "participant_ids"), table, PARTICIPANT_IDS);
    }

    private void addColumn(long formId, ProjectedField field) {
        Field<Object> column = ProjectionTables.column(field);
        dsl.alterTable(tableName(formId)).addColumnIfNotExists(column.getUnqualifiedName(), field.kind().sqlType())
                .execute();
        if (field.kind() == ColumnKind.CHOICES || field.kind().isReferences()) {
            dsl.execute("create index if not exists {0} on {1} using gin ({2})",
                    indexName(formId, field.column()), tableName(formId), column);
        } else {
            sortIndex(formId, column);
        }
        if (field.kind() == ColumnKind.TEXT) {
            prefixIndex(formId, column);
        }
        if (field.kind().hasText()) {
            Field<String> text = textColumn(field);
            dsl.alterTable(tableName(formId)).addColumnIfNotExists(text.getUnqualifiedName(), SQLDataType.CLOB)
                    .execute();
            sortIndex(formId, text);
            prefixIndex(formId, text);
        }
    }

    /** Creates an index on (column, task_id), which serves filters on the column and keyset pages sorted by it. */
    private void sortIndex(long formId, Field<?> column) {
        dsl.execute("create index if not exists {0} on {1} ({2}, {3})",
                indexName(formId, column.getName()), tableName(formId), column, TASK_ID);
    }

    /** Creates a case-insensitive prefix index, which {@code lower(column) like 'abc%'} uses in any collation. */
    private void prefixIndex(long formId, Field<?> column) {
        dsl.execute("create index if not exists {0} on {1} (lower({2}) text_pattern_ops)",
                indexName(formId, column.getName() + "_prefix"), tableName(formId), column);
    }

    private void recordFields(Form form, List<ProjectedField> fields) {
        for (ProjectedField field : fields) {
            recordField(form, field);
        }
        dsl.execute("insert into registry_form_versions (form_id, version, org_id) values ({0}, {1}, {2}) "
                + "on conflict do nothing", DSL.val(form.id()), DSL.val(form.version()), DSL.val(form.orgId()));
    }

    private void recordField(Form form, ProjectedField field) {
        String definition = json.writeValueAsString(field.field());
        dsl.execute("insert into registry_fields (form_id, field_id, org_id, kind, position, version, definition) "
                        + "values ({0}, {1}, {2}, {3}, {4}, {5}, cast({6} as jsonb)) "
                        + "on conflict (form_id, field_id) do update set kind = excluded.kind, "
                        + "position = excluded.position, version = excluded.version, definition = excluded.definition "
                        + "where registry_fields.version <= excluded.version",
                DSL.val(form.id()), DSL.val(field.id()), DSL.val(form.orgId()), DSL.val(field.kind().name()),
                DSL.val(field.position()), DSL.val(form.version()), DSL.val(definition));
    }

    /** Returns the form's projected fields, removed ones included, in the order of their latest version. */
    List<ProjectedField> fields(long orgId, long formId) {
        return dsl.resultQuery("select kind, position, definition::text from registry_fields "
                        + "where org_id = {0} and form_id = {1} order by position, field_id",
                        DSL.val(orgId), DSL.val(formId))
                .fetch(row -> new ProjectedField(json.readValue(row.get(2, String.class), FieldDefinition.class),
                        ColumnKind.valueOf(row.get(0, String.class)), row.get(1, Integer.class)));
    }
}
