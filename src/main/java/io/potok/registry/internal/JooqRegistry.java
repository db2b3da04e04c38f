package io.potok.registry.internal;

import java.io.OutputStream;
import java.time.Clock;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.Set;

import io.potok.forms.AccessLevel;
import io.potok.forms.FieldDefinition;
import io.potok.forms.Forms;
import io.potok.forms.RouteDefinition;
import io.potok.identity.CurrentMember;
import io.potok.identity.Members;
import io.potok.registry.CsvOptions;
import io.potok.registry.InvalidFilter;
import io.potok.registry.Registry;
import io.potok.registry.RegistryColumn;
import io.potok.registry.RegistryPage;
import io.potok.registry.RegistryQuery;
import io.potok.registry.RegistryRow;
import org.jooq.DSLContext;
import org.jooq.Record;
import org.jooq.impl.DSL;
import org.springframework.stereotype.Service;

/**
 * Runs registry queries and exports against the forms' projection tables with jOOQ.
 */
@Service
class JooqRegistry implements Registry {

    private final DSLContext dsl;
    private final ProjectionSchema schema;
    private final Forms forms;
    private final Members members;
    private final RegistryExports exports;
    private final Clock clock;

    JooqRegistry(DSLContext dsl, ProjectionSchema schema, Forms forms, Members members, RegistryExports exports,
                 Clock clock) {
        this.dsl = dsl;
        this.schema = schema;
        this.forms = forms;
        this.members = members;
        this.exports = exports;
        this.clock = clock;
    }

    @Override
    public RegistryPage query(CurrentMember member, RegistryQuery query) {
        Map<Integer, ProjectedField> fields = fieldsById(member.orgId(), query.formId());
        RowReader reader = new RowReader(selected(fields, query.fieldIds()));
        List<RegistryColumn> columns = reader.fields().stream().map(ProjectedField::toColumn).toList();
        if (fields.isEmpty() && !schema.isProjected(query.formId())) {
            return new RegistryPage(columns, List.of(), null);
        }
        RegistrySql sql = sql(member, query, fields);
        Target sort = sql.sortTarget();
        // An inline LIMIT lets PostgreSQL's cached generic plan still pick the index scan that stops early.
        List<Record> records = sql.select(dsl, reader.columns(sort.sortField()))
                .limit(DSL.inline(query.pageSize() + 1)).fetch();
        return page(query, columns, reader, sort, records);
    }

    private RegistryPage page(RegistryQuery query, List<RegistryColumn> columns, RowReader reader, Target sort,
                              List<Record> records) {
        boolean more = records.size() > query.pageSize();
        List<Record> pageRecords = more ? records.subList(0, query.pageSize()) : records;
        List<RegistryRow> rows = pageRecords.stream().map(reader::read).toList();
        String next = null;
        if (more) {
            Record last = pageRecords.get(pageRecords.size() - 1);
            next = Cursors.encode(query.sort(), last.get(sort.sortField()), last.get(ProjectionTables.TASK_ID));
        }
        return new RegistryPage(columns, rows, next);
    }

    @Override
    public void exportCsv(CurrentMember member, RegistryQuery query, CsvOptions options, OutputStream out) {
        exports.csv(member, export(member, query), options, out);
    }

    @Override
    public void exportXlsx(CurrentMember member, RegistryQuery query, OutputStream out) {
        exports.xlsx(member, export(member, query), out);
    }

    private RegistryExports.Export export(CurrentMember member, RegistryQuery query) {
        Map<Integer, ProjectedField> fields = fieldsById(member.orgId(), query.formId());
        RowReader reader = new RowReader(selected(fields, query.fieldIds()));
        boolean empty = fields.isEmpty() && !schema.isProjected(query.formId());
        RegistrySql sql = empty ? null : sql(member, query.after(null), fields);
        return new RegistryExports.Export(sql, reader, stepNames(member.orgId(), query.formId()));
    }

    private Map<Integer, String> stepNames(long orgId, long formId) {
        return forms.find(orgId, formId)
                .map(form -> form.definition().route().steps().stream()
                        .collect(Collectors.toMap(RouteDefinition.Step::number, RouteDefinition.Step::name,
                                (first, second) -> first)))
                .orElse(Map.of());
    }

    @Override
    public List<RegistryColumn> columns(long orgId, long formId) {
        return fieldsById(orgId, formId).values().stream().map(ProjectedField::toColumn).toList();
    }

    @Override
    public RegistryQuery parseRegisterParameters(CurrentMember member, long formId,
                                                 Map<String, List<String>> parameters) {
        return new RegisterParameters(formId, fieldsById(member.orgId(), formId)).parse(parameters);
    }

    private RegistrySql sql(CurrentMember member, RegistryQuery query, Map<Integer, ProjectedField> fields) {
        return new RegistrySql(query, new Targets(fields), visibility(member, query.formId()), member.zone(), clock);
    }

    private Visibility visibility(CurrentMember member, long formId) {
        if (member.admin() || forms.formIdsWithLevel(member, AccessLevel.MANAGER).contains(formId)) {
            return new Visibility(member.orgId(), true, Set.of());
        }
        Set<Long> ids = new HashSet<>(members.membersUnder(member.orgId(), member.memberId()));
        ids.add(member.memberId());
        return new Visibility(member.orgId(), false, ids);
    }

    /**
     * Returns the form's projected fields by id: those of the current version first, then the archived ones
     * that only earlier versions have, each group in form order.
     */
    private Map<Integer, ProjectedField> fieldsById(long orgId, long formId) {
        Set<Integer> current = forms.find(orgId, formId)
                .map(form -> form.definition().allFields().map(FieldDefinition::id).collect(Collectors.toSet()))
                .orElse(Set.of());
        List<ProjectedField> fields = schema.fields(orgId, formId);
        Map<Integer, ProjectedField> byId = new LinkedHashMap<>();
        fields.stream().filter(field -> current.contains(field.id())).forEach(field -> byId.put(field.id(), field));
        fields.stream().filter(field -> !current.contains(field.id()))
                .forEach(field -> byId.put(field.id(), field.asArchived()));
        return byId;
    }

    private static List<ProjectedField> selected(Map<Integer, ProjectedField> fields, List<Integer> ids) {
        if (ids.isEmpty()) {
            return List.copyOf(fields.values());
        }
        return ids.stream().map(id -> {
            ProjectedField field = fields.get(id);
            if (field == null) {
                throw new InvalidFilter("field_ids", String.valueOf(id));
            }
            return field;
        }).toList();
    }
}
