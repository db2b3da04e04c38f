package io.potok.workflow.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

import io.potok.forms.RouteDefinition.Step;
import io.potok.workflow.BusinessCalendar;
import io.potok.workflow.BusinessCalendars;
import org.junit.jupiter.api.Test;

class StepDueTimesTests {

    static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");
    final DefaultStepDueTimes dueTimes = new DefaultStepDueTimes(new FixedCalendars(BusinessCalendar.standard(BERLIN)));

    @Test
    void calendarHoursAreElapsedHoursAcrossDstChange() {
        Instant entered = LocalDateTime.parse("2026-03-28T12:00").atZone(BERLIN).toInstant();

        Optional<Instant> due = dueTimes.dueAt(1, step(24, false), List.of(), entered);

        assertThat(due).contains(entered.plusSeconds(24 * 3600));
        assertThat(due.get().atZone(BERLIN).toLocalDateTime()).isEqualTo(LocalDateTime.parse("2026-03-29T13:00"));
    }

    @Test
    void businessHoursUseOrganisationCalendar() {
        Instant friday = LocalDateTime.parse("2026-12-04T16:00").atZone(BERLIN).toInstant();

        Optional<Instant> due = dueTimes.dueAt(1, step(4, true), List.of(), friday);

        assertThat(due.get().atZone(BERLIN).toLocalDateTime()).isEqualTo(LocalDateTime.parse("2026-12-07T11:00"));
    }

    @Test
    void stepWithoutDueHoursHasNoDueTime() {
        assertThat(dueTimes.dueAt(1, step(null, true), List.of(), Instant.EPOCH)).isEmpty();
    }

    /** Gives every organisation, department and group of members the same calendar. */
    record FixedCalendars(BusinessCalendar calendar) implements BusinessCalendars {

        @Override
        public BusinessCalendar of(long orgId) {
            return calendar;
        }

        @Override
        public BusinessCalendar of(long orgId, Long departmentId) {
            return calendar;
        }

        @Override
        public BusinessCalendar sharedBy(long orgId, Collection<Long> memberIds) {
            return calendar;
        }
    }

    static Step step(Integer hours, boolean business) {
        return new Step(1, "Check", null, List.of(), null, hours, business);
    }
}
