package io.potok.workflow;

import java.time.Instant;
import java.util.Optional;

import io.potok.forms.RouteDefinition;

/**
 * Computes when a route step is due after a task enters it.
 */
public interface StepDueTimes {

    /**
     * Returns the due moment of a stay in the step: {@code dueHours} after the task entered it, counted as
     * elapsed hours or as working hours of the organisation's {@link BusinessCalendar}.
     *
     * @return empty when the step has no due time
     */
    Optional<Instant> dueAt(long orgId, RouteDefinition.Step step, Instant enteredAt);
}
