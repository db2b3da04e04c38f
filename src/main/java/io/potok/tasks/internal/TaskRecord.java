package io.potok.tasks.internal;

import java.time.Instant;
import java.time.LocalDate;

import tools.jackson.databind.node.ObjectNode;

/**
 * A task row while one operation changes it under a row lock; {@link TaskStore} loads and saves it.
 */
final class TaskRecord {

    long id;
    long orgId;
    Long formId;
    Integer formVersion;
    String text;
    String subject;
    long authorId;
    Long responsibleId;
    LocalDate dueDate;
    Instant due;
    Instant createdAt;
    Instant modifiedAt;
    Instant closedAt;
    Integer currentStep;
    boolean closed;
    String resolution;
    int version;
    ObjectNode values;
    String stepMode;
    /** When the current stay in the step is due; null when the step has no due time. */
    Instant stepDue;
    int stepRound;
    Instant lastActivityAt;
    Long parentTaskId;

    boolean isFormTask() {
        return formId != null;
    }

    boolean isOnStep() {
        return !closed && currentStep != null;
    }
}
