package io.potok.workflow.internal;

import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.Optional;

import io.potok.forms.RouteDefinition;
import io.potok.workflow.BusinessCalendars;
import io.potok.workflow.BusinessHours;
import io.potok.workflow.StepDueTimes;
import org.springframework.stereotype.Service;

/**
 * Counts a step's due hours from the moment a task enters it.
 */
@Service
class DefaultStepDueTimes implements StepDueTimes {

    private final BusinessCalendars calendars;

    DefaultStepDueTimes(BusinessCalendars calendars) {
        this.calendars = calendars;
    }

    @Override
    public Optional<Instant> dueAt(long orgId, RouteDefinition.Step step, Collection<Long> assigneeIds,
                                   Instant enteredAt) {
        if (step.dueHours() == null || step.dueHours() <= 0) {
            return Optional.empty();
        }
        Duration hours = Duration.ofHours(step.dueHours());
        if (step.countsBusinessHours()) {
            return Optional.of(BusinessHours.add(calendars.sharedBy(orgId, assigneeIds), enteredAt, hours));
        }
        return Optional.of(enteredAt.plus(hours));
    }
}
