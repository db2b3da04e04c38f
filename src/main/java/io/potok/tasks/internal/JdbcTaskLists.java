package io.potok.tasks.internal;

import java.time.Clock;
import java.util.List;

import io.potok.tasks.TaskListNotFound;
import io.potok.tasks.TaskLists;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/**
 * Stores task lists in {@code task_lists}.
 */
@Repository
class JdbcTaskLists implements TaskLists {

    private final JdbcClient jdbc;
    private final Clock clock;

    JdbcTaskLists(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @Override
    public List<TaskList> list(long orgId) {
        return jdbc.sql("select id, name, parent_id from task_lists where org_id = :org order by name, id")
                .param("org", orgId)
                .query((row, number) -> new TaskList(row.getLong("id"), row.getString("name"),
                        Sql.nullableLong(row, "parent_id")))
                .list();
    }

    @Override
    @Transactional
    public TaskList create(long orgId, String name, Long parentId) {
        if (parentId != null && !exists(orgId, parentId)) {
            throw new TaskListNotFound(parentId);
        }
        long id = jdbc.sql("""
                        insert into task_lists (org_id, name, parent_id, created_at)
                        values (:org, :name, :parent, :at) returning id""")
                .param("org", orgId).param("name", name.strip()).param("parent", parentId)
                .param("at", Sql.timestamp(clock.instant()))
                .query(Long.class).single();
        return new TaskList(id, name.strip(), parentId);
    }

    private boolean exists(long orgId, long listId) {
        return jdbc.sql("select count(*) from task_lists where id = :id and org_id = :org")
                .param("id", listId).param("org", orgId).query(Long.class).single() > 0;
    }
}
