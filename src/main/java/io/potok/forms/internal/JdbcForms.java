package io.potok.forms.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

import io.potok.forms.AccessLevel;
import io.potok.forms.Form;
import io.potok.forms.FormDefinition;
import io.potok.forms.FormGrant;
import io.potok.forms.FormHistoryEntry;
import io.potok.forms.FormVersionInfo;
import io.potok.forms.FormNotFound;
import io.potok.forms.FormPublished;
import io.potok.forms.Forms;
import io.potok.identity.CurrentMember;
import io.potok.identity.Members;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.json.JsonMapper;

/**
 * Forms in {@code forms}, each version's definition as JSON in {@code form_versions}, and access grants in
 * {@code form_access}.
 */
@Service
class JdbcForms implements Forms {

    private static final Logger log = LoggerFactory.getLogger(JdbcForms.class);

    private static final String SELECT_FORM = """
            select f.id, f.org_id, f.name, v.version, v.definition, f.archived
              from forms f join form_versions v on v.form_id = f.id
            """;

    /** Matches grants that apply to a member through themselves, a role, a department or everyone. */
    private static final String GRANT_APPLIES = """
            (a.member_id = :member or a.role_id in (:roles) or a.department_id in (:departments)
             or (a.member_id is null and a.role_id is null and a.department_id is null))
            """;

    /** Stands in for an empty id list, which SQL's {@code in ()} does not accept; ids are positive. */
    private static final List<Long> NO_IDS = List.of(-1L);

    private final JdbcClient jdbc;
    private final JsonMapper json;
    private final Members members;
    private final ApplicationEventPublisher events;
    private final DefinitionChecks checks;
    private final FormHistoryStore history;

    JdbcForms(JdbcClient jdbc, JsonMapper json, Members members, ApplicationEventPublisher events,
              DefinitionChecks checks, FormHistoryStore history) {
        this.jdbc = jdbc;
        this.json = json;
        this.members = members;
        this.events = events;
        this.checks = checks;
        this.history = history;
    }

    @Override
    public Optional<Form> find(long orgId, long formId) {
        return jdbc.sql(SELECT_FORM + " where f.org_id = :org and f.id = :id and v.version = f.current_version")
                .param("org", orgId)
                .param("id", formId)
                .query((rs, row) -> form(rs))
                .optional();
    }

    @Override
    public Optional<Form> findVersion(long orgId, long formId, int version) {
        return jdbc.sql(SELECT_FORM + " where f.org_id = :org and f.id = :id and v.version = :version")
                .param("org", orgId)
                .param("id", formId)
                .param("version", version)
                .query((rs, row) -> form(rs))
                .optional();
    }

    @Override
    public List<Form> list(long orgId) {
        return jdbc.sql(SELECT_FORM + " where f.org_id = :org and v.version = f.current_version order by f.name, f.id")
                .param("org", orgId)
                .query((rs, row) -> form(rs))
                .list();
    }

    @Override
    @Transactional
    public Form create(long orgId, String name, FormDefinition definition, Long publishedBy) {
        checks.requireValid(orgId, null, definition);
        long formId = jdbc.sql("insert into forms (org_id, name, current_version) values (:org, :name, 1) returning id")
                .param("org", orgId)
                .param("name", name)
                .query(Long.class)
                .single();

        insertVersion(formId, 1, definition, publishedBy);
        history.record(orgId, formId, "created", name, publishedBy);

        log.info("Form {} created in organisation {}", formId, orgId);
        events.publishEvent(new FormPublished(orgId, formId, 1));
        return findVersion(orgId, formId, 1).orElseThrow();
    }

    @Override
    @Transactional
    public Form publish(long orgId, long formId, FormDefinition definition, Long publishedBy) {
        checks.requireValid(orgId, formId, definition);
        int version = jdbc.sql("""
                        update forms set current_version = current_version + 1
                         where org_id = :org and id = :id returning current_version
                        """)
                .param("org", orgId)
                .param("id", formId)
                .query(Integer.class)
                .optional()
                .orElseThrow(() -> new FormNotFound(formId));

        insertVersion(formId, version, definition, publishedBy);
        history.record(orgId, formId, "published", String.valueOf(version), publishedBy);

        log.info("Form {} of organisation {} published as version {}", formId, orgId, version);
        events.publishEvent(new FormPublished(orgId, formId, version));
        return findVersion(orgId, formId, version).orElseThrow();
    }

    @Override
    @Transactional
    public void rename(long orgId, long formId, String name, long memberId) {
        updateForm(orgId, formId, "name = :value", name);
        history.record(orgId, formId, "renamed", name, memberId);
    }

    @Override
    @Transactional
    public void archive(long orgId, long formId, long memberId) {
        updateForm(orgId, formId, "archived = :value", true);
        history.record(orgId, formId, "archived", "", memberId);
    }

    @Override
    @Transactional
    public void restore(long orgId, long formId, long memberId) {
        updateForm(orgId, formId, "archived = :value", false);
        history.record(orgId, formId, "restored", "", memberId);
    }

    private void updateForm(long orgId, long formId, String assignment, Object value) {
        int updated = jdbc.sql("update forms set " + assignment + " where org_id = :org and id = :id")
                .param("value", value)
                .param("org", orgId)
                .param("id", formId)
                .update();
        if (updated == 0) {
            throw new FormNotFound(formId);
        }
    }

    @Override
    public List<FormVersionInfo> versions(long orgId, long formId) {
        return jdbc.sql("""
                        select v.version, v.published_by, v.published_at
                          from form_versions v join forms f on f.id = v.form_id
                         where f.org_id = :org and f.id = :id order by v.version desc
                        """)
                .param("org", orgId)
                .param("id", formId)
                .query((rs, row) -> new FormVersionInfo(rs.getInt("version"), (Long) rs.getObject("published_by"),
                        rs.getTimestamp("published_at").toInstant()))
                .list();
    }

    @Override
    public List<FormHistoryEntry> history(long orgId, long formId) {
        return history.list(orgId, formId);
    }

    @Override
    @Transactional
    public void recordHistory(long orgId, long formId, String action, String detail, Long memberId) {
        if (!formExists(orgId, formId)) {
            throw new FormNotFound(formId);
        }
        history.record(orgId, formId, action, detail, memberId);
    }

    private void insertVersion(long formId, int version, FormDefinition definition, Long publishedBy) {
        jdbc.sql("""
                        insert into form_versions (form_id, version, definition, published_by)
                        values (:form, :version, cast(:definition as jsonb), :by)
                        """)
                .param("form", formId)
                .param("version", version)
                .param("definition", json.writeValueAsString(definition))
                .param("by", publishedBy)
                .update();
    }

    @Override
    @Transactional
    public void grant(long orgId, long formId, FormGrant grant) {
        int inserted = jdbc.sql("""
                        insert into form_access (form_id, member_id, role_id, department_id, level)
                        select id, :member, :role, :department, :level from forms where org_id = :org and id = :form
                        """)
                .param("member", grant.memberId())
                .param("role", grant.roleId())
                .param("department", grant.departmentId())
                .param("level", grant.level().name().toLowerCase(Locale.ROOT))
                .param("org", orgId)
                .param("form", formId)
                .update();
        if (inserted == 0) {
            throw new FormNotFound(formId);
        }
    }

    @Override
    public List<FormGrant> grants(long orgId, long formId) {
        return jdbc.sql("""
                        select a.member_id, a.role_id, a.department_id, a.level
                          from form_access a join forms f on f.id = a.form_id
                         where f.org_id = :org and f.id = :form order by a.id
                        """)
                .param("org", orgId)
                .param("form", formId)
                .query((rs, row) -> new FormGrant((Long) rs.getObject("member_id"), (Long) rs.getObject("role_id"),
                        (Long) rs.getObject("department_id"), level(rs.getString("level"))))
                .list();
    }

    @Override
    public AccessLevel accessLevel(CurrentMember member, long formId) {
        if (!formExists(member.orgId(), formId)) {
            return AccessLevel.NONE;
        }
        if (member.admin()) {
            return AccessLevel.ADMIN;
        }
        var query = jdbc.sql("select a.level from form_access a where a.form_id = :form and " + GRANT_APPLIES)
                .param("form", formId);
        List<String> levels = bindGrantee(query, member)
                .query(String.class)
                .list();
        return levels.stream().map(JdbcForms::level).max(Enum::compareTo).orElse(AccessLevel.NONE);
    }

    @Override
    public Set<Long> formIdsWithLevel(CurrentMember member, AccessLevel atLeast) {
        if (member.admin() || atLeast == AccessLevel.NONE) {
            return new LinkedHashSet<>(jdbc.sql("select id from forms where org_id = :org order by id")
                    .param("org", member.orgId())
                    .query(Long.class)
                    .list());
        }
        var query = jdbc.sql("""
                        select distinct f.id from forms f join form_access a on a.form_id = f.id
                         where f.org_id = :org and a.level in (:levels) and
                        """ + GRANT_APPLIES + " order by f.id")
                .param("org", member.orgId())
                .param("levels", levelsFrom(atLeast));
        return new LinkedHashSet<>(bindGrantee(query, member)
                .query(Long.class)
                .list());
    }

    private boolean formExists(long orgId, long formId) {
        return jdbc.sql("select count(*) from forms where org_id = :org and id = :id")
                .param("org", orgId)
                .param("id", formId)
                .query(Integer.class)
                .single() > 0;
    }

    private JdbcClient.StatementSpec bindGrantee(JdbcClient.StatementSpec query, CurrentMember member) {
        Set<Long> roles = members.roleIdsOf(member.orgId(), member.memberId());
        Set<Long> departments = members.departmentIdsOf(member.orgId(), member.memberId());
        return query.param("member", member.memberId())
                .param("roles", orNoIds(roles))
                .param("departments", orNoIds(departments));
    }

    private static List<Long> orNoIds(Set<Long> ids) {
        return ids.isEmpty() ? NO_IDS : new ArrayList<>(ids);
    }

    private static List<String> levelsFrom(AccessLevel atLeast) {
        return Arrays.stream(AccessLevel.values())
                .filter(level -> level != AccessLevel.NONE && level.atLeast(atLeast))
                .map(level -> level.name().toLowerCase(Locale.ROOT))
                .toList();
    }

    private static AccessLevel level(String stored) {
        return AccessLevel.valueOf(stored.toUpperCase(Locale.ROOT));
    }

    private Form form(ResultSet rs) throws SQLException {
        FormDefinition definition = json.readValue(rs.getString("definition"), FormDefinition.class);
        return new Form(rs.getLong("id"), rs.getLong("org_id"), rs.getString("name"), rs.getInt("version"),
                definition, rs.getBoolean("archived"));
    }
}
