package io.potok.automation.internal.schedules;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CyclicBarrier;

import io.potok.PotokTest;
import io.potok.TestOrganizations;
import io.potok.forms.AutomationDefinition;
import io.potok.forms.FieldDefinition;
import io.potok.forms.FieldType;
import io.potok.forms.Form;
import io.potok.forms.FormDefinition;
import io.potok.forms.Forms;
import io.potok.forms.Recurrence;
import io.potok.forms.RouteDefinition;
import io.potok.forms.RouteDefinition.Assignees;
import io.potok.forms.ScheduleDefinition;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.json.JsonMapper;

/**
 * Runs recurring schedules at explicit moments a few days after the real clock, on series that start after
 * the first check, so the application's own minute check (which uses the real clock) creates nothing here.
 */
@PotokTest
class RecurringTasksTests {

    private static final ZoneId MOSCOW = ZoneId.of("Europe/Moscow");

    @Autowired
    RecurringTasks recurringTasks;

    @Autowired
    Forms forms;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    JsonMapper json;

    @Autowired
    Clock clock;

    long orgId;
    long publisher;
    long responsible;
    LocalDate firstDay;
    Instant beforeFirst;

    @BeforeEach
    void organization() {
        TestOrganizations organizations = new TestOrganizations(jdbc);
        orgId = organizations.organization();
        publisher = organizations.member(orgId, null);
        responsible = organizations.member(orgId, null);
        firstDay = LocalDate.ofInstant(clock.instant(), MOSCOW).plusDays(3);
        beforeFirst = moscow(firstDay.minusDays(1), 12);
    }

    @Test
    void twoNodesCreateEachOccurrenceOnce() throws Exception {
        Form form = formWith(daily("report", firstDay, true));
        recurringTasks.runDue(beforeFirst);

        Instant thirdDayNoon = moscow(firstDay.plusDays(2), 12);
        CyclicBarrier start = new CyclicBarrier(2);
        CompletableFuture<Void> first = CompletableFuture.runAsync(() -> runAfter(start, thirdDayNoon));
        CompletableFuture<Void> second = CompletableFuture.runAsync(() -> runAfter(start, thirdDayNoon));
        CompletableFuture.allOf(first, second).get();

        assertThat(taskCount(form)).isEqualTo(3);
        assertThat(occurrences(form)).containsExactly(moscow(firstDay, 9), moscow(firstDay.plusDays(1), 9),
                moscow(firstDay.plusDays(2), 9));
        assertThat(responsibles(form)).containsOnly(responsible);
        assertThat(authors(form)).containsOnly(publisher);
    }

    @Test
    void downtimeCreatesTheLatestTenOnce() {
        Form form = formWith(daily("report", firstDay, true));
        recurringTasks.runDue(beforeFirst);

        Instant monthLater = moscow(firstDay.plusDays(29), 12);
        recurringTasks.runDue(monthLater);
        recurringTasks.runDue(monthLater);

        assertThat(taskCount(form)).isEqualTo(RecurringTasks.CATCH_UP_LIMIT);
        assertThat(occurrences(form)).first().isEqualTo(moscow(firstDay.plusDays(20), 9));
        assertThat(occurrences(form)).last().isEqualTo(moscow(firstDay.plusDays(29), 9));
    }

    @Test
    void seriesStartedBeforePublishingSkipsPastOccurrences() {
        Instant published = clock.instant();
        Form form = formWith(daily("report", firstDay.minusDays(30), true));
        recurringTasks.runDue(beforeFirst);

        recurringTasks.runDue(moscow(firstDay, 12));

        assertThat(occurrences(form)).contains(moscow(firstDay, 9));
        assertThat(occurrences(form)).allMatch(occurrence -> occurrence.isAfter(published));
        assertThat(occurrences(form)).doesNotHaveDuplicates();
    }

    @Test
    void disabledScheduleCreatesNothing() {
        Form form = formWith(daily("report", firstDay, false));
        recurringTasks.runDue(beforeFirst);

        recurringTasks.runDue(moscow(firstDay.plusDays(2), 12));

        assertThat(taskCount(form)).isZero();
    }

    private void runAfter(CyclicBarrier start, Instant now) {
        try {
            start.await();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
        recurringTasks.runDue(now);
    }

    private ScheduleDefinition daily(String id, LocalDate start, boolean enabled) {
        Recurrence recurrence = new Recurrence(Recurrence.Frequency.DAILY, start, LocalTime.of(9, 0), List.of(),
                null, null, null);
        return new ScheduleDefinition(id, "Daily report", enabled, ScheduleDefinition.Kind.RECURRING, recurrence,
                List.of(json.createObjectNode().put("id", 1).put("value", "Daily report")),
                Assignees.anyOf(responsible), null);
    }

    private Form formWith(ScheduleDefinition schedule) {
        FormDefinition definition = new FormDefinition(List.of(FieldDefinition.of(1, "Subject", FieldType.TEXT)),
                RouteDefinition.NONE)
                .withAutomation(new AutomationDefinition(List.of(), List.of(schedule), List.of()));
        return forms.create(orgId, "Reports " + System.nanoTime(), definition, publisher);
    }

    private int taskCount(Form form) {
        return jdbc.sql("select count(*) from tasks where form_id = :form").param("form", form.id())
                .query(Integer.class).single();
    }

    private List<Instant> occurrences(Form form) {
        return jdbc.sql("""
                select o.occurs_at from recurring_occurrences o join tasks t on t.id = o.task_id
                where o.form_id = :form order by o.occurs_at""")
                .param("form", form.id()).query(java.sql.Timestamp.class).list().stream()
                .map(java.sql.Timestamp::toInstant).toList();
    }

    private List<Long> responsibles(Form form) {
        return jdbc.sql("select responsible_id from tasks where form_id = :form").param("form", form.id())
                .query(Long.class).list();
    }

    private List<Long> authors(Form form) {
        return jdbc.sql("select author_id from tasks where form_id = :form").param("form", form.id())
                .query(Long.class).list();
    }

    private static Instant moscow(LocalDate date, int hour) {
        return ZonedDateTime.of(date, LocalTime.of(hour, 0), MOSCOW).toInstant();
    }
}
