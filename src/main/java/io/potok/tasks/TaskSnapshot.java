package io.potok.tasks;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Set;

/**
 * A task as it is after a change, carried by task events so that other modules (the registry's
 * projection, summaries, automation) need not read task tables.
 *
 * @param taskId task id
 * @param orgId organisation id
 * @param formId the form, null for a simple task
 * @param formVersion the form version the task follows, null for a simple task
 * @param subject the task's subject: its text, or the form name with the first text fields
 * @param authorId who created it
 * @param responsibleId who is responsible, may be null
 * @param createdAt creation time (UTC)
 * @param modifiedAt time of the last change (UTC)
 * @param closedAt closing time, null while open
 * @param currentStep the step number, null for a simple or closed task
 * @param closed whether the task is closed
 * @param resolution {@code approved} or {@code rejected} once closed on a route, else null
 * @param dueDate due date, may be null
 * @param due due date and time, may be null
 * @param fieldValuesJson stored field values, in the canonical shape described by
 *        {@link io.potok.forms.FieldValues}, as JSON text
 * @param participantIds everyone who sees the task by taking part: author, responsible, approvers of
 *        current and past steps, subscribers
 * @param version the task's version after the change
 */
public record TaskSnapshot(
        long taskId,
        long orgId,
        Long formId,
        Integer formVersion,
        String subject,
        long authorId,
        Long responsibleId,
        Instant createdAt,
        Instant modifiedAt,
        Instant closedAt,
        Integer currentStep,
        boolean closed,
        String resolution,
        LocalDate dueDate,
        Instant due,
        String fieldValuesJson,
        Set<Long> participantIds,
        int version) {
}
