package io.potok.tasks.internal;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import io.potok.forms.AccessLevel;
import io.potok.forms.FieldValues;
import io.potok.forms.FormAccessDenied;
import io.potok.forms.Form;
import io.potok.forms.Forms;
import io.potok.identity.CurrentMember;
import io.potok.forms.FormNotFound;
import io.potok.tasks.NewTask;
import org.springframework.stereotype.Component;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.StringNode;

/**
 * Creates tasks: validates the request, stores the task, its participants and history, and starts its route.
 */
@Component
class TaskCreation {

    private final Forms forms;
    private final FieldValues fieldValues;
    private final TaskStore tasks;
    private final ParticipantStore participants;
    private final RouteDriver routes;
    private final JournalStore journals;
    private final AttachmentStore attachments;
    private final MemberChecks memberChecks;
    private final TaskEvents events;
    private final UniqueValues uniqueValues;
    private final LinkedValueChecks linkedValues;
    private final StockKeeping stockKeeping;

    TaskCreation(Forms forms, FieldValues fieldValues, TaskStore tasks, ParticipantStore participants,
                 RouteDriver routes, JournalStore journals, AttachmentStore attachments, MemberChecks memberChecks,
                 TaskEvents events, UniqueValues uniqueValues, LinkedValueChecks linkedValues,
                 StockKeeping stockKeeping) {
        this.stockKeeping = stockKeeping;
        this.uniqueValues = uniqueValues;
        this.linkedValues = linkedValues;
        this.forms = forms;
        this.fieldValues = fieldValues;
        this.tasks = tasks;
        this.participants = participants;
        this.routes = routes;
        this.journals = journals;
        this.attachments = attachments;
        this.memberChecks = memberChecks;
        this.events = events;
    }

    /**
     * Creates the task and returns its id.
     *
     * @param member the signed-in author whose form access is checked, or null for imports
     */
    long create(long orgId, long authorId, Instant at, CurrentMember member, NewTask request) {
        return create(orgId, authorId, at, member, null, request);
    }

    /**
     * Creates the task as {@link #create(long, long, Instant, CurrentMember, NewTask)} does, recording the
     * automation rule that creates it; form access is not checked for a rule.
     */
    long create(long orgId, long authorId, Instant at, CurrentMember member, String ruleName, NewTask request) {
        Form form = request.isFormTask() ? formFor(orgId, request.formId(), member) : null;
        memberChecks.requireMembers(orgId, mentionedMembers(request));
        Operation operation = new Operation(orgId, authorId, at, member, newRecord(orgId, authorId, at, form, request),
                form, new Journal());
        operation.ruleName = ruleName;
        if (ruleName != null) {
            operation.journal.changes.put("rule", ruleName);
        }

        operation.journal.record("created");
        List<FieldValues.FieldChange> initialValues = form == null ? List.of() : applyInitialValues(operation, request);
        operation.task.subject = Subjects.of(form, operation.task.values, request.text(), fieldValues);
        operation.task.id = tasks.insert(operation.task);
        addParticipants(operation.task, request);
        linkedValues.accept(operation, initialValues);

        if (form != null) {
            uniqueValues.claimAll(operation);
            routes.start(operation);
        }
        attachments.attach(operation, request.attachmentGuids());
        request.attachmentGuids().forEach(guid ->
                operation.journal.record("attachment_added", null, StringNode.valueOf(guid.toString())));
        stockKeeping.settle(operation, true);
        long commentId = journals.write(operation, form == null ? null : request.text());
        attachments.linkComment(operation.task.id, request.attachmentGuids(), commentId);
        tasks.update(operation.task);

        events.publish(operation, true);
        return operation.task.id;
    }

    private Form formFor(long orgId, long formId, CurrentMember member) {
        Optional<Form> form = forms.find(orgId, formId).filter(found -> !found.archived());
        if (form.isEmpty()) {
            throw new FormNotFound(formId);
        }
        if (member != null && !forms.accessLevel(member, formId).atLeast(AccessLevel.MEMBER)) {
            throw FormAccessDenied.toCreateTasks(form.get().name());
        }
        return form.get();
    }

    private List<FieldValues.FieldChange> applyInitialValues(Operation operation, NewTask request) {
        FieldValues.ValuesChange change = fieldValues.applyToNew(operation.orgId, operation.form, request.fields());
        fieldValues.checkRequired(operation.form, change.values(), 0);

        operation.task.values = change.values();
        for (FieldValues.FieldChange field : change.changes()) {
            operation.journal.recordField(field.field().id(), field.field().name(), null, field.newValue());
        }
        return change.changes();
    }

    private static TaskRecord newRecord(long orgId, long authorId, Instant at, Form form, NewTask request) {
        TaskRecord task = new TaskRecord();
        task.orgId = orgId;
        task.formId = form == null ? null : form.id();
        task.formVersion = form == null ? null : form.version();
        task.text = request.text();
        task.authorId = authorId;
        task.responsibleId = request.responsibleId();
        task.dueDate = request.dueDate();
        task.due = request.due();
        task.createdAt = at;
        task.modifiedAt = at;
        task.lastActivityAt = at;
        task.version = 1;
        task.values = JsonNodeFactory.instance.objectNode();
        task.parentTaskId = request.parentTaskId();
        return task;
    }

    private void addParticipants(TaskRecord task, NewTask request) {
        participants.add(task.id, List.of(task.authorId), ParticipantStore.AUTHOR);
        if (task.responsibleId != null) {
            participants.add(task.id, List.of(task.responsibleId), ParticipantStore.RESPONSIBLE);
        }
        participants.add(task.id, request.subscriberIds(), ParticipantStore.SUBSCRIBER);
        participants.add(task.id, request.participantIds(), ParticipantStore.PARTICIPANT);
    }

    private static List<Long> mentionedMembers(NewTask request) {
        List<Long> ids = new ArrayList<>(request.subscriberIds());
        ids.addAll(request.participantIds());
        if (request.responsibleId() != null) {
            ids.add(request.responsibleId());
        }
        return ids;
    }
}
