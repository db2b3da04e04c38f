package io.potok.tasks.internal;

import java.util.Set;

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
        TaskRecord task = operation.task;
        Set<Long> participantIds = participants.memberIds(task.id);
        TaskSnapshot snapshot = new TaskSnapshot(task.id, task.orgId, task.formId, task.formVersion, task.subject,
                task.authorId, task.responsibleId, task.createdAt, task.modifiedAt, task.closedAt,
                task.currentStep, task.closed, task.resolution, task.dueDate, task.due, task.values.toString(),
                participantIds, task.version);

        publisher.publishEvent(new TaskChanged(snapshot, operation.actorId, created));
    }
}
