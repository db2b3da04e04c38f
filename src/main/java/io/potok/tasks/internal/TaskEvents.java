package io.potok.tasks.internal;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import io.potok.tasks.TaskChangeFacts;
import io.potok.tasks.TaskChanged;
import io.potok.tasks.TaskSnapshot;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/**
 * Publishes {@link TaskChanged} for every accepted change, inside the change's transaction.
 */
@Component
class TaskEvents {

    private final ApplicationEventPublisher publisher;
    private final ParticipantStore participants;

    TaskEvents(ApplicationEventPublisher publisher, ParticipantStore participants) {
        this.publisher = publisher;
        this.participants = participants;
    }

    void publish(Operation operation, boolean created) {
        publisher.publishEvent(new TaskChanged(snapshot(operation), operation.actorId, created, facts(operation)));
    }

    private TaskSnapshot snapshot(Operation operation) {
        return snapshot(operation.task);
    }

    /** Describes the task as events show it. */
    TaskSnapshot snapshot(TaskRecord task) {
        Set<Long> participantIds = participants.memberIds(task.id);
        return new TaskSnapshot(task.id, task.orgId, task.formId, task.formVersion, task.subject,
                task.authorId, task.responsibleId, task.createdAt, task.modifiedAt, task.closedAt,
                task.currentStep, task.closed, task.resolution, task.dueDate, task.due, task.values.toString(),
                participantIds, task.version);
    }

    private TaskChangeFacts facts(Operation operation) {
        Set<Integer> fields = new LinkedHashSet<>();
        List<Integer> steps = new ArrayList<>();
        String decision = null;
        Integer decidedStep = null;
        boolean closed = false;
        boolean reopened = false;
        for (Journal.Entry entry : operation.journal.entries) {
            switch (entry.action()) {
                case "field_changed" -> fields.add(entry.fieldId());
                case "step_entered" -> steps.add(entry.newValue().path("step").asInt());
                case "approved", "rejected" -> {
                    decision = entry.action();
                    decidedStep = entry.newValue() == null ? null : entry.newValue().path("step").asInt();
                }
                case "closed" -> closed = true;
                case "reopened" -> reopened = true;
                default -> { }
            }
        }
        return new TaskChangeFacts(fields, steps, decision, decidedStep, operation.journal.commentText, closed,
                reopened, participants.waitingApproverIds(operation.task.id));
    }
}
