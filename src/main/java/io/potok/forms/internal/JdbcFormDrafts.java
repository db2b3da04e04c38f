package io.potok.forms.internal;

import java.util.Optional;

import io.potok.forms.Form;
import io.potok.forms.FormDefinition;
import io.potok.forms.FormDrafts;
import io.potok.forms.FormNotFound;
import io.potok.forms.Forms;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.json.JsonMapper;

/**
 * Drafts in {@code form_drafts}, one row per form.
 */
@Service
class JdbcFormDrafts implements FormDrafts {

    private final JdbcClient jdbc;
    private final JsonMapper json;
    private final Forms forms;

    JdbcFormDrafts(JdbcClient jdbc, JsonMapper json, Forms forms) {
        this.jdbc = jdbc;
        this.json = json;
        this.forms = forms;
    }

    @Override
    public Optional<Draft> find(long orgId, long formId) {
        return jdbc.sql("""
                        select definition, base_version, saved_by, saved_at from form_drafts
                         where org_id = :org and form_id = :form
                        """)
                .param("org", orgId)
                .param("form", formId)
                .query((rs, row) -> new Draft(json.readValue(rs.getString("definition"), FormDefinition.class),
                        rs.getInt("base_version"), rs.getLong("saved_by"), rs.getTimestamp("saved_at").toInstant()))
                .optional();
    }

    @Override
    public FormDefinition draftOrCurrent(long orgId, long formId) {
        return find(orgId, formId).map(Draft::definition)
                .orElseGet(() -> current(orgId, formId).definition());
    }

    @Override
    @Transactional
    public void save(long orgId, long formId, FormDefinition definition, long memberId) {
        int baseVersion = find(orgId, formId).map(Draft::baseVersion)
                .orElseGet(() -> current(orgId, formId).version());
        jdbc.sql("""
                        insert into form_drafts (form_id, org_id, definition, base_version, saved_by, saved_at)
                        values (:form, :org, cast(:definition as jsonb), :base, :member, now())
                        on conflict (form_id) do update
                           set definition = excluded.definition, saved_by = excluded.saved_by,
                               saved_at = excluded.saved_at
                        """)
                .param("form", formId)
                .param("org", orgId)
                .param("definition", json.writeValueAsString(definition))
                .param("base", baseVersion)
                .param("member", memberId)
                .update();
    }

    @Override
    @Transactional
    public void discard(long orgId, long formId) {
        jdbc.sql("delete from form_drafts where org_id = :org and form_id = :form")
                .param("org", orgId)
                .param("form", formId)
                .update();
    }

    @Override
    @Transactional
    public Form publish(long orgId, long formId, long memberId) {
        FormDefinition definition = draftOrCurrent(orgId, formId);
        Form published = forms.publish(orgId, formId, definition, memberId);
        discard(orgId, formId);
        return published;
    }

    private Form current(long orgId, long formId) {
        return forms.find(orgId, formId).orElseThrow(() -> new FormNotFound(formId));
    }
}
