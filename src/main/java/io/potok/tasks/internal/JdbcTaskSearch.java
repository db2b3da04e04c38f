package io.potok.tasks.internal;

import java.util.List;

import io.potok.identity.CurrentMember;
import io.potok.tasks.TaskSearch;
import io.potok.tasks.TaskVisibility;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Searches the {@code tasks} table, applying the visibility rule of {@link TaskVisibility} in SQL.
 */
@Component
class JdbcTaskSearch implements TaskSearch {

    private final JdbcClient jdbc;
    private final TaskVisibility visibility;

    JdbcTaskSearch(JdbcClient jdbc, TaskVisibility visibility) {
        this.jdbc = jdbc;
        this.visibility = visibility;
    }

    @Override
    public List<FoundTask> onForm(CurrentMember member, long formId, String text, int limit) {
        TaskVisibility.Scope scope = visibility.scopeOf(member);
        boolean seesAll = scope.everything() || scope.managedFormIds().contains(formId);
        String search = text == null ? "" : text.strip();
        return jdbc.sql("""
                        select t.id, t.subject from tasks t
                        where t.org_id = :org and t.form_id = :form
                          and (:text = '' or t.subject ilike :pattern escape '!' or cast(t.id as text) = :text)
                          and (:all or exists (select 1 from task_participants p
                                               where p.task_id = t.id and p.member_id in (:members)))
                        order by t.id desc limit :limit""")
                .param("org", member.orgId()).param("form", formId).param("text", search)
                .param("pattern", "%" + escapeLike(search) + "%").param("all", seesAll)
                .param("members", scope.memberIds()).param("limit", limit)
                .query((row, number) -> new FoundTask(row.getLong("id"), row.getString("subject")))
                .list();
    }

    private static String escapeLike(String text) {
        return text.replace("!", "!!").replace("%", "!%").replace("_", "!_");
    }
}
