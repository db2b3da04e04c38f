package io.potok.workflow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Set;

import org.junit.jupiter.api.Test;

class BusinessHoursTests {

    static final ZoneId MOSCOW = ZoneId.of("Europe/Moscow");
    static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");
    final BusinessCalendar moscow = BusinessCalendar.standard(MOSCOW);

    @Test
    void fourHoursFromFridayAfternoonEndMondayMorning() {
        Instant due = BusinessHours.add(moscow, at(MOSCOW, "2026-12-04T16:00"), Duration.ofHours(4));

        assertThat(local(MOSCOW, due)).isEqualTo("2026-12-07T11:00");
    }

    @Test
    void startBeforeOpeningCountsFromOpening() {
        Instant due = BusinessHours.add(moscow, at(MOSCOW, "2026-12-08T07:30"), Duration.ofHours(2));

        assertThat(local(MOSCOW, due)).isEqualTo("2026-12-08T11:00");
    }

    @Test
    void startAfterClosingCountsFromNextOpening() {
        Instant due = BusinessHours.add(moscow, at(MOSCOW, "2026-12-08T19:00"), Duration.ofHours(1));

        assertThat(local(MOSCOW, due)).isEqualTo("2026-12-09T10:00");
    }

    @Test
    void startOnWeekendCountsFromMonday() {
        Instant due = BusinessHours.add(moscow, at(MOSCOW, "2026-12-05T12:00"), Duration.ofHours(3));

        assertThat(local(MOSCOW, due)).isEqualTo("2026-12-07T12:00");
    }

    @Test
    void longDueTimeSpansWeekend() {
        Instant due = BusinessHours.add(moscow, at(MOSCOW, "2026-12-04T10:00"), Duration.ofHours(18));

        assertThat(local(MOSCOW, due)).isEqualTo("2026-12-08T10:00");
    }

    @Test
    void dueTimeEndingAtClosingStaysThatDay() {
        Instant due = BusinessHours.add(moscow, at(MOSCOW, "2026-12-04T14:00"), Duration.ofHours(4));

        assertThat(local(MOSCOW, due)).isEqualTo("2026-12-04T18:00");
    }

    @Test
    void holidaysAreSkipped() {
        BusinessCalendar withHoliday = moscow.withHolidays(Set.of(LocalDate.parse("2026-12-07")));

        Instant due = BusinessHours.add(withHoliday, at(MOSCOW, "2026-12-04T16:00"), Duration.ofHours(4));

        assertThat(local(MOSCOW, due)).isEqualTo("2026-12-08T11:00");
    }

    @Test
    void businessHoursFollowLocalClockAcrossDstChange() {
        BusinessCalendar berlin = BusinessCalendar.standard(BERLIN);

        Instant due = BusinessHours.add(berlin, at(BERLIN, "2026-03-27T17:00"), Duration.ofHours(2));

        assertThat(local(BERLIN, due)).isEqualTo("2026-03-30T10:00");
        assertThat(due).isEqualTo(Instant.parse("2026-03-30T08:00:00Z"));
    }

    @Test
    void rejectsNegativeAmount() {
        assertThatThrownBy(() -> BusinessHours.add(moscow, Instant.EPOCH, Duration.ofHours(-1)))
                .isInstanceOf(IllegalArgumentException.class);
    }

    static Instant at(ZoneId zone, String localDateTime) {
        return LocalDateTime.parse(localDateTime).atZone(zone).toInstant();
    }

    static String local(ZoneId zone, Instant instant) {
        return instant.atZone(zone).toLocalDateTime().toString();
    }
}
