package io.potok.forms.internal;

import java.util.List;

import io.potok.forms.FormHistoryEntry;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The {@code form_history} table: one row per change to a form.
 */
@Component
class FormHistoryStore {

    private final JdbcClient jdbc;

    FormHistoryStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void record(long orgId, long formId, String action, String detail, Long memberId) {
        jdbc.sql("""
                        insert into form_history (org_id, form_id, action, detail, member_id)
                        values (:org, :form, :action, :detail, :member)
                        """)
                .param("org", orgId)
                .param("form", formId)
                .param("action", action)
                .param("detail", detail == null ? "" : detail)
                .param("member", memberId)
                .update();
    }

    List<FormHistoryEntry> list(long orgId, long formId) {
        return jdbc.sql("""
                        select action, detail, member_id, at from form_history
                         where org_id = :org and form_id = :form order by id desc
                        """)
                .param("org", orgId)
                .param("form", formId)
                .query((rs, row) -> new FormHistoryEntry(rs.getString("action"), rs.getString("detail"),
                        (Long) rs.getObject("member_id"), rs.getTimestamp("at").toInstant()))
                .list();
    }
}
