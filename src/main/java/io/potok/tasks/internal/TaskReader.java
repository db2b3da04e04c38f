package io.potok.tasks.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;

import io.potok.forms.FieldValues;
import io.potok.forms.Form;
import io.potok.forms.RouteDefinition;
import io.potok.forms.TaskFacts;
import io.potok.identity.Members;
import io.potok.tasks.TaskNotFound;
import io.potok.tasks.TaskView;
import org.springframework.stereotype.Component;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;

/**
 * Builds {@link TaskView}s. Callers check visibility first.
 */
@Component
class TaskReader {

    private final TaskStore tasks;
    private final FormVersions formVersions;
    private final FieldValues fieldValues;
    private final Members members;
    private final RouteLog routeLog;
    private final JournalStore journals;
    private final ParticipantStore participants;
    private final AttachmentStore attachments;
    private final Clock clock;

    TaskReader(TaskStore tasks, FormVersions formVersions, FieldValues fieldValues, Members members,
               RouteLog routeLog, JournalStore journals, ParticipantStore participants,
               AttachmentStore attachments, Clock clock) {
        this.tasks = tasks;
        this.formVersions = formVersions;
        this.fieldValues = fieldValues;
        this.members = members;
        this.routeLog = routeLog;
        this.journals = journals;
        this.participants = participants;
        this.attachments = attachments;
        this.clock = clock;
    }

    TaskView read(long orgId, long taskId) {
        TaskRecord task = tasks.find(orgId, taskId).orElseThrow(() -> new TaskNotFound(taskId));
        Form form = task.isFormTask() ? formVersions.find(orgId, task.formId, task.formVersion).orElse(null) : null;
        List<TaskView.AttachmentView> files = attachments.ofTask(taskId);
        List<TaskView.CommentView> comments = comments(taskId, files);
        List<TaskView.HistoryEntry> history = journals.history(taskId);
        List<Long> participantIds = new ArrayList<>(participants.memberIds(taskId));

        return new TaskView(task.id, task.orgId, task.formId, task.formVersion, form == null ? null : form.name(),
                task.text, task.subject, task.authorId, task.responsibleId, task.createdAt, task.modifiedAt,
                task.closedAt, task.dueDate, task.due, fields(task, form), task.currentStep, task.closed,
                task.resolution, task.version, steps(task, form), comments, history,
                participants.withReason(taskId, ParticipantStore.SUBSCRIBER), participantIds, files,
                members.findAll(orgId, people(task, participantIds, comments, history)), task.parentTaskId);
    }

    private ArrayNode fields(TaskRecord task, Form form) {
        if (form == null) {
            return JsonNodeFactory.instance.arrayNode();
        }
        TaskFacts facts = new TaskFacts(task.currentStep, task.closed, task.createdAt, task.authorId);
        return fieldValues.render(task.orgId, form, task.values, facts);
    }

    private List<TaskView.StepView> steps(TaskRecord task, Form form) {
        Map<Integer, Long> elapsed = new TreeMap<>();
        Instant now = clock.instant();
        for (RouteLog.Visit visit : routeLog.visits(task.id)) {
            Instant end = visit.leftAt() == null ? now : visit.leftAt();
            elapsed.merge(visit.step(), Duration.between(visit.enteredAt(), end).toMillis(), Long::sum);
        }
        Map<Integer, List<TaskView.ApprovalView>> approvals = routeLog.approvals(task.id).stream()
                .collect(Collectors.groupingBy(RouteLog.Approval::step, Collectors.mapping(approval ->
                        new TaskView.ApprovalView(approval.memberId(), approval.choice(), approval.round(),
                                approval.decidedAt(), approval.automatic()), Collectors.toList())));

        return elapsed.entrySet().stream()
                .map(entry -> {
                    boolean current = entry.getKey().equals(task.currentStep);
                    return new TaskView.StepView(entry.getKey(), stepName(form, entry.getKey()), entry.getValue(),
                            current, approvals.getOrDefault(entry.getKey(), List.of()), current ? task.stepDue : null);
                })
                .toList();
    }

    private static String stepName(Form form, int step) {
        return form == null ? "" : form.definition().route().step(step).map(RouteDefinition.Step::name).orElse("");
    }

    private List<TaskView.CommentView> comments(long taskId, List<TaskView.AttachmentView> files) {
        return journals.comments(taskId).stream()
                .map(row -> new TaskView.CommentView(row.id(), row.authorId(), row.text(), row.createdAt(),
                        row.changes(), files.stream().filter(file -> Long.valueOf(row.id()).equals(file.commentId()))
                        .toList()))
                .toList();
    }

    private static Set<Long> people(TaskRecord task, List<Long> participantIds, List<TaskView.CommentView> comments,
                                    List<TaskView.HistoryEntry> history) {
        Set<Long> ids = new HashSet<>(participantIds);
        ids.add(task.authorId);
        if (task.responsibleId != null) {
            ids.add(task.responsibleId);
        }
        comments.forEach(comment -> ids.add(comment.authorId()));
        history.forEach(entry -> ids.add(entry.actorId()));
        return ids;
    }
}
