package io.potok.workflow;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.EnumMap;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import io.potok.workflow.BusinessCalendar.WorkingHours;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Business-hour due times on a Monday to Friday 08:00-18:00 calendar, one row per case: the calendar's zone
 * and days off, the start as local time in that zone, the hours to add, and the expected local due time.
 */
class BusinessHoursTableTests {

    static final ZoneId MOSCOW = ZoneId.of("Europe/Moscow");
    static final ZoneId YEKATERINBURG = ZoneId.of("Asia/Yekaterinburg");
    static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");
    static final WorkingHours EIGHT_TO_SIX = hours("08:00", "18:00");

    record Case(String name, BusinessCalendar calendar, String start, int hours, String expectedLocal) {

        @Override
        public String toString() {
            return name;
        }
    }

    static Stream<Case> cases() {
        return Stream.of(
                new Case("four hours from Monday 17:00", weekdays(MOSCOW), "2026-12-07T17:00", 4,
                        "2026-12-08T11:00"),
                new Case("created before opening counts from 08:00", weekdays(MOSCOW), "2026-12-07T06:30", 2,
                        "2026-12-07T10:00"),
                new Case("created after closing counts from next opening", weekdays(MOSCOW), "2026-12-07T20:00",
                        2, "2026-12-08T10:00"),
                new Case("created on Saturday counts from Monday", weekdays(MOSCOW), "2026-12-05T12:00", 1,
                        "2026-12-07T09:00"),
                new Case("created on a holiday counts from the next working day",
                        weekdays(MOSCOW).withHolidays(Set.of(date("2026-11-04"))), "2026-11-04T10:00", 3,
                        "2026-11-05T11:00"),
                new Case("deadline spanning a holiday skips it",
                        weekdays(MOSCOW).withHolidays(Set.of(date("2026-11-04"))), "2026-11-03T17:00", 4,
                        "2026-11-05T11:00"),
                new Case("deadline spanning the New Year holidays skips them all",
                        weekdays(MOSCOW).withHolidays(newYear2027()), "2026-12-30T16:00", 4, "2027-01-11T10:00"),
                new Case("branch in UTC+5 counts on its own clock", weekdays(YEKATERINBURG), "2026-12-07T17:00", 4,
                        "2026-12-08T11:00"),
                new Case("long deadline spans a weekend", weekdays(MOSCOW), "2026-12-04T10:00", 18,
                        "2026-12-07T18:00"),
                new Case("deadline ending at closing stays that day", weekdays(MOSCOW), "2026-12-07T14:00", 4,
                        "2026-12-07T18:00"),
                new Case("Berlin weekend of the spring DST change", weekdays(BERLIN), "2026-03-27T17:00", 4,
                        "2026-03-30T11:00"),
                new Case("Berlin weekend of the autumn DST change", weekdays(BERLIN), "2026-10-23T17:00", 4,
                        "2026-10-26T11:00"),
                new Case("hours worked across the spring DST gap count elapsed time", nightShift(BERLIN),
                        "2026-03-29T01:00", 3, "2026-03-29T05:00"),
                new Case("hours worked across the autumn DST overlap count elapsed time", nightShift(BERLIN),
                        "2026-10-25T01:00", 3, "2026-10-25T03:00"),
                new Case("extra working Saturday is counted",
                        weekdays(MOSCOW).withExtraWorkingDays(Map.of(date("2026-12-12"), EIGHT_TO_SIX)),
                        "2026-12-11T17:00", 4, "2026-12-12T11:00"),
                new Case("extra working Saturday with short hours",
                        weekdays(MOSCOW).withExtraWorkingDays(Map.of(date("2026-12-12"), hours("10:00", "12:00"))),
                        "2026-12-11T17:00", 4, "2026-12-14T09:00"),
                new Case("zero hours inside working time is the start", weekdays(MOSCOW), "2026-12-07T12:00", 0,
                        "2026-12-07T12:00"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void dueTimeMatchesTable(Case row) {
        ZoneId zone = row.calendar().zone();
        Instant start = LocalDateTime.parse(row.start()).atZone(zone).toInstant();

        Instant due = BusinessHours.add(row.calendar(), start, Duration.ofHours(row.hours()));

        assertThat(due.atZone(zone).toLocalDateTime()).hasToString(row.expectedLocal());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("sameMomentInTwoZones")
    void sameMomentGivesZoneDependentDeadline(String name, ZoneId zone, String expectedUtc) {
        Instant mondayFivePmMoscow = Instant.parse("2026-12-07T14:00:00Z");

        Instant due = BusinessHours.add(weekdays(zone), mondayFivePmMoscow, Duration.ofHours(4));

        assertThat(due).isEqualTo(Instant.parse(expectedUtc));
    }

    static Stream<Arguments> sameMomentInTwoZones() {
        return Stream.of(
                // 17:00 in Moscow: one working hour left on Monday, three more from Tuesday 08:00.
                Arguments.of("Moscow", MOSCOW, "2026-12-08T08:00:00Z"),
                // 19:00 in Yekaterinburg: already closed, all four hours from Tuesday 08:00 UTC+5.
                Arguments.of("Yekaterinburg", YEKATERINBURG,
                        "2026-12-08T07:00:00Z"));
    }

    static BusinessCalendar weekdays(ZoneId zone) {
        Map<DayOfWeek, WorkingHours> week = new EnumMap<>(DayOfWeek.class);
        for (DayOfWeek day : DayOfWeek.values()) {
            if (day != DayOfWeek.SATURDAY && day != DayOfWeek.SUNDAY) {
                week.put(day, EIGHT_TO_SIX);
            }
        }
        return new BusinessCalendar(zone, week, Set.of());
    }

    /** Sundays 00:00-08:00 only, so that the DST change at 02:00 or 03:00 falls inside working hours. */
    static BusinessCalendar nightShift(ZoneId zone) {
        return new BusinessCalendar(zone, Map.of(DayOfWeek.SUNDAY, hours("00:00", "08:00")), Set.of());
    }

    static Set<LocalDate> newYear2027() {
        return Set.of(date("2026-12-31"), date("2027-01-01"), date("2027-01-04"), date("2027-01-05"),
                date("2027-01-06"), date("2027-01-07"), date("2027-01-08"));
    }

    static WorkingHours hours(String opens, String closes) {
        return new WorkingHours(LocalTime.parse(opens), LocalTime.parse(closes));
    }

    static LocalDate date(String text) {
        return LocalDate.parse(text);
    }
}
