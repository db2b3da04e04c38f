package io.potok.tasks.internal;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import io.potok.forms.AccessLevel;
import io.potok.forms.FieldValueInvalid;
import io.potok.forms.FieldValues;
import io.potok.forms.Form;
import io.potok.forms.Forms;
import io.potok.identity.CurrentMember;
import io.potok.tasks.DecisionNotAllowed;
import io.potok.tasks.DecisionNotAllowed.Reason;
import io.potok.tasks.TaskChange;
import io.potok.tasks.TaskNotFound;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.LongNode;
import tools.jackson.databind.node.StringNode;

/**
 * Applies one {@link TaskChange} to a task under its row lock.
 */
@Component
class TaskChanges {

    private final TaskStore tasks;
    private final Forms forms;
    private final FormVersions formVersions;
    private final FieldValues fieldValues;
    private final ParticipantStore participants;
    private final RouteDriver routes;
    private final JournalStore journals;
    private final AttachmentStore attachments;
    private final MemberChecks memberChecks;
    private final ConcurrencyGuard concurrency;
    private final TaskEvents events;
    private final UnreadMarkers unread;
    private final UniqueValues uniqueValues;
    private final LinkedValueChecks linkedValues;
    private final StockKeeping stockKeeping;

    TaskChanges(TaskStore tasks, Forms forms, FormVersions formVersions, FieldValues fieldValues,
                ParticipantStore participants, RouteDriver routes, JournalStore journals,
                AttachmentStore attachments, MemberChecks memberChecks, ConcurrencyGuard concurrency,
                TaskEvents events, UnreadMarkers unread, UniqueValues uniqueValues,
                LinkedValueChecks linkedValues, StockKeeping stockKeeping) {
        this.stockKeeping = stockKeeping;
        this.uniqueValues = uniqueValues;
        this.unread = unread;
        this.linkedValues = linkedValues;
        this.tasks = tasks;
        this.forms = forms;
        this.formVersions = formVersions;
        this.fieldValues = fieldValues;
        this.participants = participants;
        this.routes = routes;
        this.journals = journals;
        this.attachments = attachments;
        this.memberChecks = memberChecks;
        this.concurrency = concurrency;
        this.events = events;
    }

    /**
     * Applies the change.
     *
     * @param member the signed-in actor, whose form level decides manager-only actions; null for imports
     */
    void apply(long orgId, long actorId, Instant at, CurrentMember member, long taskId, TaskChange change) {
        apply(start(orgId, actorId, at, member, taskId), change);
    }

    /** Applies the change as an automation rule; see {@link io.potok.tasks.Tasks#applyAsRule}. */
    void applyAsRule(long orgId, long actorId, Instant at, String ruleName, long taskId, TaskChange change) {
        Operation operation = start(orgId, actorId, at, null, taskId);
        operation.ruleName = ruleName;
        apply(operation, change);
    }

    /** Moves the task to a step as an automation rule; see {@link io.potok.tasks.Tasks#moveAsRule}. */
    void moveAsRule(long orgId, long actorId, Instant at, String ruleName, long taskId, int step) {
        Operation operation = start(orgId, actorId, at, null, taskId);
        operation.ruleName = ruleName;
        routes.moveTo(operation, step);
        operation.journal.changes.put("moved_to_step", step);
        save(operation, TaskChange.NONE);
    }

    private Operation start(long orgId, long actorId, Instant at, CurrentMember member, long taskId) {
        TaskRecord task = tasks.lock(orgId, taskId).orElseThrow(() -> new TaskNotFound(taskId));
        Form form = task.isFormTask()
                ? formVersions.find(orgId, task.formId, task.formVersion).orElseThrow(() -> new TaskNotFound(taskId))
                : null;
        return new Operation(orgId, actorId, at, member, task, form, new Journal());
    }

    private void apply(Operation operation, TaskChange change) {
        long orgId = operation.orgId;
        concurrency.check(operation, change);
        memberChecks.requireMembers(orgId, mentionedMembers(change));

        updateFields(operation, change.fieldUpdates());
        updateDue(operation, change);
        updateSubscribers(operation, change);
        reassign(operation, change);
        decide(operation, change);
        comment(operation, change);
        save(operation, change);
    }

    private void save(Operation operation, TaskChange change) {
        TaskRecord task = operation.task;
        Instant at = operation.at;
        long actorId = operation.actorId;
        if (operation.ruleName != null) {
            operation.journal.changes.put("rule", operation.ruleName);
        }
        task.version++;
        task.modifiedAt = at;
        task.lastActivityAt = at;
        stockKeeping.settle(operation, false);
        long commentId = journals.write(operation, change.text());
        attachments.linkComment(task.id, change.attachmentGuids(), commentId);
        tasks.update(task);
        if (isComment(change)) {
            unread.markComment(task.id, actorId, at);
        }
        events.publish(operation, false);
    }

    /** Applies field updates to a copy of the task's values; nothing is locked or saved. */
    FieldValues.ValuesChange preview(long orgId, long taskId, List<JsonNode> updates) {
        TaskRecord task = tasks.find(orgId, taskId).orElseThrow(() -> new TaskNotFound(taskId));
        if (!task.isFormTask()) {
            throw new DecisionNotAllowed(Reason.NO_ROUTE, taskId, null);
        }
        Form form = formVersions.find(orgId, task.formId, task.formVersion).orElseThrow(() -> new TaskNotFound(taskId));
        return fieldValues.apply(orgId, form, task.values, updates);
    }

    private void updateFields(Operation operation, List<JsonNode> updates) {
        if (updates.isEmpty()) {
            return;
        }
        if (operation.form == null) {
            throw new DecisionNotAllowed(Reason.NO_ROUTE, operation.task.id, null);
        }
        FieldValues.ValuesChange change = fieldValues.apply(operation.orgId, operation.form, operation.task.values,
                updates);
        change.changes().forEach(field -> requireEditable(operation.task, field));
        linkedValues.accept(operation, change.changes());
        operation.task.values = change.values();
        uniqueValues.claim(operation, change.changes().stream().map(field -> field.field().id()).toList());
        operation.task.subject = Subjects.of(operation.form, change.values(), operation.task.text, fieldValues);

        for (FieldValues.FieldChange field : change.changes()) {
            operation.journal.recordField(field.field().id(), field.field().name(), field.oldValue(),
                    field.newValue());
        }
        ArrayNode sent = operation.journal.changes.putArray("field_updates");
        updates.forEach(sent::add);
    }

    private static void requireEditable(TaskRecord task, FieldValues.FieldChange change) {
        Integer lockedFrom = change.field().immutableStep();
        if (lockedFrom == null) {
            return;
        }
        if (task.closed || (task.currentStep != null && task.currentStep >= lockedFrom)) {
            throw new FieldValueInvalid("immutable", change.field().name(), String.valueOf(change.newValue()));
        }
    }

    private static void updateDue(Operation operation, TaskChange change) {
        TaskRecord task = operation.task;
        if (change.cancelDue() || change.dueDate() != null || change.due() != null) {
            JsonNode before = dueNode(task);
            task.dueDate = change.cancelDue() ? null : change.dueDate() != null ? change.dueDate() : task.dueDate;
            task.due = change.cancelDue() ? null : change.due() != null ? change.due() : task.due;
            operation.journal.record("due_changed", before, dueNode(task));
        }
    }

    private static JsonNode dueNode(TaskRecord task) {
        if (task.dueDate == null && task.due == null) {
            return null;
        }
        var node = JsonNodeFactory.instance.objectNode();
        if (task.dueDate != null) {
            node.put("due_date", task.dueDate.toString());
        }
        if (task.due != null) {
            node.put("due", task.due.toString());
        }
        return node;
    }

    private void updateSubscribers(Operation operation, TaskChange change) {
        long taskId = operation.task.id;
        participants.add(taskId, change.subscribersAdded(), ParticipantStore.SUBSCRIBER);
        participants.remove(taskId, change.subscribersRemoved(), ParticipantStore.SUBSCRIBER);

        change.subscribersAdded().stream().sorted().forEach(id ->
                operation.journal.record("subscriber_added", null, LongNode.valueOf(id)));
        change.subscribersRemoved().stream().sorted().forEach(id ->
                operation.journal.record("subscriber_removed", LongNode.valueOf(id), null));
    }

    private void reassign(Operation operation, TaskChange change) {
        if (change.reassignTo() == null) {
            return;
        }
        TaskRecord task = operation.task;
        long from = change.reassignFrom() == null ? operation.actorId : change.reassignFrom();
        long to = change.reassignTo();
        if (task.isOnStep() && operation.ruleName != null && change.reassignFrom() == null) {
            routes.reassignAll(operation, to);
        } else if (task.isOnStep()) {
            routes.reassign(operation, from, to, managesForm(operation));
        }
        JsonNode previous = task.responsibleId == null ? LongNode.valueOf(from) : LongNode.valueOf(task.responsibleId);
        if (task.responsibleId != null) {
            participants.remove(task.id, List.of(task.responsibleId), ParticipantStore.RESPONSIBLE);
        }
        task.responsibleId = to;
        participants.add(task.id, List.of(to), ParticipantStore.RESPONSIBLE);
        operation.journal.record("reassigned", previous, LongNode.valueOf(to));
        operation.journal.changes.put("reassign_to", to);
    }

    private void decide(Operation operation, TaskChange change) {
        if (operation.ruleName != null && change.approvalChoice() != null) {
            routes.decideForStep(operation, change.approvalChoice() == TaskChange.Decision.APPROVED);
        } else if (change.approvalChoice() == TaskChange.Decision.APPROVED) {
            routes.approve(operation);
        } else if (change.approvalChoice() == TaskChange.Decision.REJECTED) {
            routes.reject(operation);
        }
        if (change.approvalChoice() != null) {
            operation.journal.changes.put("approval_choice", change.approvalChoice().wireName());
        }
        if (change.returnToPreviousStep()) {
            routes.returnToPrevious(operation, managesForm(operation));
            operation.journal.changes.put("returned_to_step", operation.task.currentStep);
        }
        if (change.action() != null) {
            act(operation, change.action());
            operation.journal.changes.put("action", change.action().wireName());
        }
    }

    private void act(Operation operation, TaskChange.Action action) {
        TaskRecord task = operation.task;
        if (action == TaskChange.Action.REOPENED) {
            if (!task.closed) {
                throw new DecisionNotAllowed(Reason.TASK_OPEN, task.id, task.currentStep);
            }
            reopen(operation);
            return;
        }
        if (task.closed) {
            throw new DecisionNotAllowed(Reason.TASK_CLOSED, task.id, null);
        }
        if (task.isFormTask() && !managesForm(operation)) {
            throw new DecisionNotAllowed(Reason.NOT_MANAGER, task.id, task.currentStep);
        }
        finish(operation);
    }

    private void reopen(Operation operation) {
        if (operation.task.isFormTask()) {
            routes.reopen(operation);
            return;
        }
        operation.task.closed = false;
        operation.task.closedAt = null;
        operation.journal.record("reopened");
    }

    private void finish(Operation operation) {
        if (operation.task.isFormTask()) {
            routes.finish(operation);
            return;
        }
        operation.task.closed = true;
        operation.task.closedAt = operation.at;
        operation.journal.record("closed");
    }

    private void comment(Operation operation, TaskChange change) {
        attachments.attach(operation, change.attachmentGuids());
        change.attachmentGuids().forEach(guid ->
                operation.journal.record("attachment_added", null, StringNode.valueOf(guid.toString())));
        if (change.text() != null && !change.text().isBlank()) {
            operation.journal.record("commented");
            operation.journal.commentText = change.text();
        }
    }

    private static boolean isComment(TaskChange change) {
        return (change.text() != null && !change.text().isBlank()) || !change.attachmentGuids().isEmpty();
    }

    private boolean managesForm(Operation operation) {
        CurrentMember member = operation.member;
        if (member == null || member.admin()) {
            return true;
        }
        return operation.task.isFormTask()
                && forms.accessLevel(member, operation.task.formId).atLeast(AccessLevel.MANAGER);
    }

    private static List<Long> mentionedMembers(TaskChange change) {
        List<Long> ids = new ArrayList<>(change.subscribersAdded());
        if (change.reassignTo() != null) {
            ids.add(change.reassignTo());
        }
        return ids;
    }
}
