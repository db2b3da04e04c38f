package io.potok.automation.internal.schedules;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import io.potok.forms.Recurrence;
import io.potok.forms.Recurrence.Frequency;

class RecurrencesTests {

    private static final ZoneId MOSCOW = ZoneId.of("Europe/Moscow");
    private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");

    static Stream<Arguments> series() {
        return Stream.of(
                row("daily", every(Frequency.DAILY, "2026-01-01"), MOSCOW, "2025-12-31T00:00:00Z",
                        "2026-01-01T09:00+03:00", "2026-01-02T09:00+03:00", "2026-01-03T09:00+03:00"),
                row("weekly on Monday and Wednesday",
                        new Recurrence(Frequency.WEEKLY, LocalDate.parse("2026-03-01"), null,
                                List.of(DayOfWeek.MONDAY, DayOfWeek.WEDNESDAY), null, null, null),
                        MOSCOW, "2026-02-01T00:00:00Z",
                        "2026-03-02T09:00+03:00", "2026-03-04T09:00+03:00", "2026-03-09T09:00+03:00",
                        "2026-03-11T09:00+03:00"),
                row("weekly on the start's weekday", every(Frequency.WEEKLY, "2026-03-05"), MOSCOW,
                        "2026-03-05T07:00:00Z", "2026-03-12T09:00+03:00", "2026-03-19T09:00+03:00"),
                row("monthly on the 31st in a leap year", monthlyOn(31, "2024-01-31"), MOSCOW,
                        "2024-01-01T00:00:00Z",
                        "2024-01-31T09:00+03:00", "2024-02-29T09:00+03:00", "2024-03-31T09:00+03:00",
                        "2024-04-30T09:00+03:00", "2024-05-31T09:00+03:00"),
                row("monthly on the 31st in a common year", monthlyOn(31, "2025-01-31"), MOSCOW,
                        "2025-01-01T00:00:00Z",
                        "2025-01-31T09:00+03:00", "2025-02-28T09:00+03:00", "2025-03-31T09:00+03:00"),
                row("monthly on a day before the start's day", monthlyOn(5, "2026-01-20"), MOSCOW,
                        "2026-01-01T00:00:00Z", "2026-02-05T09:00+03:00", "2026-03-05T09:00+03:00"),
                row("quarterly", every(Frequency.QUARTERLY, "2026-01-15"), MOSCOW, "2026-01-01T00:00:00Z",
                        "2026-01-15T09:00+03:00", "2026-04-15T09:00+03:00", "2026-07-15T09:00+03:00",
                        "2026-10-15T09:00+03:00", "2027-01-15T09:00+03:00"),
                row("quarterly far from the start keeps its phase", every(Frequency.QUARTERLY, "2026-02-15"),
                        MOSCOW, "2030-03-01T00:00:00Z", "2030-05-15T09:00+03:00", "2030-08-15T09:00+03:00"),
                row("twice a year", every(Frequency.HALF_YEARLY, "2026-02-10"), MOSCOW, "2026-01-01T00:00:00Z",
                        "2026-02-10T09:00+03:00", "2026-08-10T09:00+03:00", "2027-02-10T09:00+03:00"),
                row("yearly on 29 February", every(Frequency.YEARLY, "2024-02-29"), MOSCOW, "2024-01-01T00:00:00Z",
                        "2024-02-29T09:00+03:00", "2025-02-28T09:00+03:00", "2026-02-28T09:00+03:00",
                        "2027-02-28T09:00+03:00", "2028-02-29T09:00+03:00"),
                row("daylight-saving gap moves the time forward",
                        new Recurrence(Frequency.DAILY, LocalDate.parse("2026-03-28"), LocalTime.of(2, 30),
                                List.of(), null, null, null),
                        BERLIN, "2026-03-27T00:00:00Z",
                        "2026-03-28T02:30+01:00", "2026-03-29T03:30+02:00", "2026-03-30T02:30+02:00"),
                row("until is inclusive",
                        new Recurrence(Frequency.DAILY, LocalDate.parse("2026-01-01"), null, List.of(), null,
                                LocalDate.parse("2026-01-03"), null),
                        MOSCOW, "2025-12-31T00:00:00Z",
                        "2026-01-01T09:00+03:00", "2026-01-02T09:00+03:00", "2026-01-03T09:00+03:00"),
                row("count limits the series",
                        new Recurrence(Frequency.MONTHLY, LocalDate.parse("2026-01-10"), null, List.of(), null,
                                null, 3),
                        MOSCOW, "2025-12-31T00:00:00Z",
                        "2026-01-10T09:00+03:00", "2026-02-10T09:00+03:00", "2026-03-10T09:00+03:00"),
                row("count counts from the start, not from the window",
                        new Recurrence(Frequency.DAILY, LocalDate.parse("2026-01-01"), null, List.of(), null,
                                null, 5),
                        MOSCOW, "2026-01-03T12:00:00Z", "2026-01-04T09:00+03:00", "2026-01-05T09:00+03:00"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("series")
    void upcomingOccurrences(String name, Recurrence recurrence, ZoneId zone, Instant after, List<Instant> expected) {
        List<Instant> actual = Recurrences.upcoming(recurrence, zone, after, expected.size());

        assertThat(actual).containsExactlyElementsOf(expected);
    }

    @Test
    void endedSeriesHasNoNextOccurrence() {
        Recurrence threeDays = new Recurrence(Frequency.DAILY, LocalDate.parse("2026-01-01"), null, List.of(),
                null, LocalDate.parse("2026-01-03"), null);
        Recurrence threeTimes = new Recurrence(Frequency.MONTHLY, LocalDate.parse("2026-01-10"), null, List.of(),
                null, null, 3);

        assertThat(Recurrences.next(threeDays, MOSCOW, at("2026-01-03T09:00+03:00"))).isEmpty();
        assertThat(Recurrences.next(threeTimes, MOSCOW, at("2026-03-10T09:00+03:00"))).isEmpty();
        assertThat(Recurrences.upcoming(threeDays, MOSCOW, at("2025-12-01T00:00+03:00"), 10)).hasSize(3);
        assertThat(Recurrences.upcoming(threeTimes, MOSCOW, at("2025-12-01T00:00+03:00"), 10)).hasSize(3);
    }

    @Test
    void nextIsStrictlyAfterTheGivenMoment() {
        Recurrence daily = every(Frequency.DAILY, "2026-01-01");

        assertThat(Recurrences.next(daily, MOSCOW, at("2026-01-05T09:00+03:00")))
                .contains(at("2026-01-06T09:00+03:00"));
        assertThat(Recurrences.next(daily, MOSCOW, at("2026-01-05T08:59+03:00")))
                .contains(at("2026-01-05T09:00+03:00"));
    }

    @Test
    void betweenExcludesTheStartAndIncludesTheEnd() {
        Recurrence daily = every(Frequency.DAILY, "2026-01-01");

        List<Instant> window = Recurrences.between(daily, MOSCOW, at("2026-01-02T09:00+03:00"),
                at("2026-01-04T09:00+03:00"));

        assertThat(window).containsExactly(at("2026-01-03T09:00+03:00"), at("2026-01-04T09:00+03:00"));
    }

    @Test
    void betweenStopsAtTheCount() {
        Recurrence fiveDays = new Recurrence(Frequency.DAILY, LocalDate.parse("2026-01-01"), null, List.of(), null,
                null, 5);

        List<Instant> window = Recurrences.between(fiveDays, MOSCOW, at("2026-01-03T12:00+03:00"),
                at("2026-02-01T00:00+03:00"));

        assertThat(window).containsExactly(at("2026-01-04T09:00+03:00"), at("2026-01-05T09:00+03:00"));
    }

    private static Arguments row(String name, Recurrence recurrence, ZoneId zone, String after, String... expected) {
        List<Instant> instants = Arrays.stream(expected).map(RecurrencesTests::at).toList();
        return Arguments.of(name, recurrence, zone, Instant.parse(after), instants);
    }

    private static Recurrence every(Frequency frequency, String start) {
        return new Recurrence(frequency, LocalDate.parse(start), null, List.of(), null, null, null);
    }

    private static Recurrence monthlyOn(int day, String start) {
        return new Recurrence(Frequency.MONTHLY, LocalDate.parse(start), null, List.of(), day, null, null);
    }

    private static Instant at(String offsetDateTime) {
        return OffsetDateTime.parse(offsetDateTime).toInstant();
    }
}
