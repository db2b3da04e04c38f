package io.potok.tasks.internal;

import java.util.HashSet;
import java.util.Set;

import io.potok.forms.AccessLevel;
import io.potok.forms.Forms;
import io.potok.identity.CurrentMember;
import io.potok.identity.Members;
import io.potok.tasks.TaskAccessDenied;
import io.potok.tasks.TaskNotFound;
import io.potok.tasks.TaskVisibility;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * Applies the visibility rule of {@link TaskVisibility} to tasks stored here.
 */
@Service
class DefaultTaskVisibility implements TaskVisibility {

    private final Members members;
    private final Forms forms;
    private final ParticipantStore participants;
    private final JdbcClient jdbc;

    DefaultTaskVisibility(Members members, Forms forms, ParticipantStore participants, JdbcClient jdbc) {
        this.members = members;
        this.forms = forms;
        this.participants = participants;
        this.jdbc = jdbc;
    }

    @Override
    public Scope scopeOf(CurrentMember member) {
        if (member.admin()) {
            return new Scope(member.orgId(), true, Set.of(member.memberId()), Set.of());
        }
        Set<Long> memberIds = new HashSet<>(members.membersUnder(member.orgId(), member.memberId()));
        memberIds.add(member.memberId());

        return new Scope(member.orgId(), false, memberIds, forms.formIdsWithLevel(member, AccessLevel.MANAGER));
    }

    @Override
    public void checkVisible(CurrentMember member, long taskId) {
        TaskKey task = jdbc.sql("select org_id, form_id from tasks where id = :id and org_id = :org")
                .param("id", taskId).param("org", member.orgId())
                .query((row, number) -> new TaskKey(row.getLong(1), Sql.nullableLong(row, "form_id")))
                .optional().orElseThrow(() -> new TaskNotFound(taskId));

        if (!scopeOf(member).sees(task.orgId(), task.formId(), participants.memberIds(taskId))) {
            throw new TaskAccessDenied(taskId);
        }
    }

    @Override
    public boolean isVisible(CurrentMember member, long taskId) {
        try {
            checkVisible(member, taskId);
            return true;
        } catch (TaskNotFound | TaskAccessDenied hidden) {
            return false;
        }
    }

    private record TaskKey(long orgId, Long formId) {
    }
}
