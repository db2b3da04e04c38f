package io.potok.workflow;

import java.time.Instant;
import java.util.Collection;
import java.util.Optional;

import io.potok.forms.RouteDefinition;

/**
 * Computes when a route step is due after a task enters it.
 */
public interface StepDueTimes {

    /**
     * Returns the due moment of a stay in the step: {@code dueHours} after the task entered it, counted as
     * elapsed hours or as working hours. Working hours count on the calendar the step's assignees share
     * (their department calendar when they all resolve to the same one), else on the organisation's
     * calendar; see {@link BusinessCalendars#sharedBy}.
     *
     * @param assigneeIds the members the step waits on
     * @return empty when the step has no due time
     */
    Optional<Instant> dueAt(long orgId, RouteDefinition.Step step, Collection<Long> assigneeIds, Instant enteredAt);
}
