package io.potok.tasks.internal;

import java.time.Clock;
import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import io.potok.forms.FieldValues;
import io.potok.identity.CurrentMember;
import io.potok.tasks.NewTask;
import io.potok.tasks.TaskChange;
import io.potok.tasks.TaskSnapshot;
import io.potok.tasks.TaskView;
import io.potok.tasks.TaskVisibility;
import io.potok.tasks.Tasks;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.JsonNode;

/**
 * The tasks module's entry point: each call is one transaction.
 */
@Service
class DefaultTasks implements Tasks {

    private static final Logger log = LoggerFactory.getLogger(DefaultTasks.class);

    private final TaskCreation creation;
    private final TaskChanges changes;
    private final TaskReader reader;
    private final UnreadMarkers unread;
    private final TaskVisibility visibility;
    private final Clock clock;
    private final TaskStore store;
    private final TaskEvents events;

    DefaultTasks(TaskCreation creation, TaskChanges changes, TaskReader reader, TaskVisibility visibility,
                 UnreadMarkers unread, Clock clock, TaskStore store, TaskEvents events) {
        this.store = store;
        this.events = events;
        this.unread = unread;
        this.creation = creation;
        this.changes = changes;
        this.reader = reader;
        this.visibility = visibility;
        this.clock = clock;
    }

    @Override
    @Transactional
    public TaskView create(CurrentMember author, NewTask task) {
        Instant now = clock.instant();
        long taskId = creation.create(author.orgId(), author.memberId(), now, author, task);
        log.debug("Member {} created task {}", author.memberId(), taskId);

        return reader.read(author.orgId(), taskId);
    }

    @Override
    @Transactional
    public long importTask(long orgId, long authorId, Instant createdAt, NewTask task) {
        long taskId = creation.create(orgId, authorId, createdAt, null, task);
        return taskId;
    }

    @Override
    @Transactional
    public TaskView change(CurrentMember actor, long taskId, TaskChange change) {
        visibility.checkVisible(actor, taskId);
        Instant now = clock.instant();
        changes.apply(actor.orgId(), actor.memberId(), now, actor, taskId, change);
        unread.clear(taskId, actor.memberId());

        return reader.read(actor.orgId(), taskId);
    }

    @Override
    @Transactional
    public void importChange(long orgId, long actorId, Instant at, long taskId, TaskChange change) {
        changes.apply(orgId, actorId, at, null, taskId, change);
        unread.clear(taskId, actorId);
    }

    @Override
    @Transactional
    public void applyAsRule(long orgId, long actorId, String ruleName, long taskId, TaskChange change) {
        changes.applyAsRule(orgId, actorId, clock.instant(), ruleName, taskId, change);
    }

    @Override
    @Transactional
    public void moveAsRule(long orgId, long actorId, String ruleName, long taskId, int step) {
        changes.moveAsRule(orgId, actorId, clock.instant(), ruleName, taskId, step);
    }

    @Override
    @Transactional(readOnly = true)
    public Map<Long, Integer> openTaskCounts(long orgId, Collection<Long> memberIds) {
        Map<Long, Integer> counts = new HashMap<>(store.openResponsibleCounts(orgId, memberIds));
        memberIds.forEach(id -> counts.putIfAbsent(id, 0));
        return counts;
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<TaskSnapshot> snapshot(long orgId, long taskId) {
        return store.find(orgId, taskId).map(events::snapshot);
    }

    @Override
    @Transactional(readOnly = true)
    public List<TaskSnapshot> openTasks(long orgId, long formId) {
        return store.openOnForm(orgId, formId).stream().map(events::snapshot).toList();
    }

    @Override
    @Transactional(readOnly = true)
    public FieldValues.ValuesChange preview(CurrentMember viewer, long taskId, List<JsonNode> fieldUpdates) {
        visibility.checkVisible(viewer, taskId);
        return changes.preview(viewer.orgId(), taskId, fieldUpdates);
    }

    @Override
    @Transactional
    public TaskView view(CurrentMember viewer, long taskId) {
        visibility.checkVisible(viewer, taskId);
        unread.clear(taskId, viewer.memberId());

        return reader.read(viewer.orgId(), taskId);
    }
}
