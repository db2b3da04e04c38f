package io.potok.tasks;

import static io.potok.RouteFixtures.PAID;
import static io.potok.RouteFixtures.repair;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import io.potok.PotokTest;
import io.potok.RouteFixtures;
import io.potok.forms.Form;
import io.potok.forms.Forms;
import io.potok.forms.RouteDefinition.AssigneeRule;
import io.potok.forms.RouteDefinition.Assignees;
import io.potok.forms.RouteDefinition.Step;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEvent;
import org.springframework.context.ApplicationListener;
import org.springframework.context.PayloadApplicationEvent;
import org.springframework.context.event.ApplicationEventMulticaster;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The overdue sweep, run with explicit moments in 2031 so that the scheduled sweep, which runs on the wall
 * clock, never reaches these tasks. Events are collected from every thread, including the sweep's own.
 */
@PotokTest
class OverdueSweepTests {

    static final ZoneId MOSCOW = ZoneId.of("Europe/Moscow");
    /** A Monday. */
    static final Instant MONDAY_TEN = moscow("2031-03-03T10:00");

    @Autowired
    OverdueTasks sweep;

    @Autowired
    Tasks tasks;

    @Autowired
    Forms forms;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    ApplicationEventMulticaster multicaster;

    final List<TaskOverdue> published = new CopyOnWriteArrayList<>();
    final ApplicationListener<ApplicationEvent> collector = event -> {
        if (event instanceof PayloadApplicationEvent<?> payload && payload.getPayload() instanceof TaskOverdue overdue) {
            published.add(overdue);
        }
    };

    RouteFixtures fixtures;
    long engineer;
    long accountant;
    long author;
    Form form;

    @BeforeEach
    void repairsDueInBusinessHours() {
        multicaster.addApplicationListener(collector);
        fixtures = new RouteFixtures(jdbc, forms);
        engineer = fixtures.member("Egor");
        accountant = fixtures.member("Anna");
        author = fixtures.member("Boris");
        form = fixtures.form(
                new Step(1, "Repair", null, List.of(new AssigneeRule(null, Assignees.anyOf(engineer))), null, 4, true),
                new Step(2, "Invoice", null, List.of(new AssigneeRule(null, Assignees.anyOf(accountant))), null, 24,
                        false));
    }

    @AfterEach
    void stopCollecting() {
        multicaster.removeApplicationListener(collector);
    }

    @Test
    void stepOverduePublishedOnceWhenDuePasses() {
        long taskId = repairFiledAt(MONDAY_TEN);

        sweep.publishOverdue(moscow("2031-03-03T13:59"));
        List<TaskOverdue> beforeDue = eventsOf(taskId);
        sweep.publishOverdue(moscow("2031-03-03T14:00"));
        sweep.publishOverdue(moscow("2031-03-03T15:00"));

        assertThat(beforeDue).isEmpty();
        List<TaskOverdue> events = eventsOf(taskId);
        assertThat(events).hasSize(1);
        assertThat(events.get(0).dueAt()).isEqualTo(moscow("2031-03-03T14:00"));
        assertThat(events.get(0).step()).isEqualTo(1);
        assertThat(events.get(0).task().currentStep()).isEqualTo(1);
        assertThat(events.get(0).task().closed()).isFalse();
        assertThat(recordedRows(taskId)).isEqualTo(1);
    }

    @Test
    void nextStepIsOverdueAgain() {
        long taskId = repairFiledAt(MONDAY_TEN);
        sweep.publishOverdue(moscow("2031-03-03T15:00"));

        tasks.importChange(fixtures.org, engineer, moscow("2031-03-03T15:30"), taskId, TaskChange.approve());
        sweep.publishOverdue(moscow("2031-03-04T15:29"));
        int afterApproval = eventsOf(taskId).size();
        sweep.publishOverdue(moscow("2031-03-04T15:30"));

        assertThat(afterApproval).isEqualTo(1);
        List<TaskOverdue> events = eventsOf(taskId);
        assertThat(events).hasSize(2);
        assertThat(events.get(1).step()).isEqualTo(2);
        assertThat(events.get(1).dueAt()).isEqualTo(moscow("2031-03-04T15:30"));
        assertThat(events.get(1).task().currentStep()).isEqualTo(2);
    }

    @Test
    void concurrentRunsPublishOnce() throws Exception {
        long taskId = repairFiledAt(MONDAY_TEN);
        Instant now = moscow("2031-03-03T16:00");
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService nodes = Executors.newFixedThreadPool(2);
        try {
            Future<?> first = nodes.submit(() -> awaitThenRun(start, now));
            Future<?> second = nodes.submit(() -> awaitThenRun(start, now));
            start.countDown();
            first.get(60, TimeUnit.SECONDS);
            second.get(60, TimeUnit.SECONDS);
        } finally {
            nodes.shutdownNow();
        }

        assertThat(eventsOf(taskId)).hasSize(1);
        assertThat(recordedRows(taskId)).isEqualTo(1);
    }

    @Test
    void catchUpAfterDowntimePublishesOnce() {
        long taskId = repairFiledAt(MONDAY_TEN);
        jdbc.sql("update tasks set due = :due, due_date = :dueDate where id = :id")
                .param("due", java.sql.Timestamp.from(moscow("2031-03-04T12:00")))
                .param("dueDate", LocalDate.parse("2031-03-05"))
                .param("id", taskId).update();

        sweep.publishOverdue(moscow("2031-03-12T09:00"));
        sweep.publishOverdue(moscow("2031-03-12T09:01"));

        List<TaskOverdue> events = eventsOf(taskId);
        assertThat(events).hasSize(3);
        assertThat(events).extracting(TaskOverdue::dueAt).containsExactlyInAnyOrder(
                moscow("2031-03-03T14:00"), moscow("2031-03-04T12:00"), moscow("2031-03-06T00:00"));
        assertThat(events).filteredOn(event -> event.step() != null).extracting(TaskOverdue::step)
                .containsExactly(1);
        assertThat(recordedRows(taskId)).isEqualTo(3);
    }

    @Test
    void dueDatePassesAtMidnightInOrganisationZone() {
        long taskId = repairFiledAt(MONDAY_TEN);
        tasks.importChange(fixtures.org, engineer, moscow("2031-03-03T11:00"), taskId, TaskChange.approve());
        tasks.importChange(fixtures.org, accountant, moscow("2031-03-03T11:30"), taskId, TaskChange.approve());
        long openTaskId = repairFiledAt(MONDAY_TEN);
        jdbc.sql("update tasks set due_date = :dueDate where id in (:ids)")
                .param("dueDate", LocalDate.parse("2031-03-10")).param("ids", List.of(taskId, openTaskId)).update();

        sweep.publishOverdue(moscow("2031-03-10T23:59"));
        List<TaskOverdue> beforeMidnight = eventsOf(openTaskId).stream().filter(event -> event.step() == null).toList();
        sweep.publishOverdue(moscow("2031-03-11T00:00"));

        assertThat(beforeMidnight).isEmpty();
        assertThat(eventsOf(taskId)).as("closed task").isEmpty();
        List<TaskOverdue> dueDateEvents = eventsOf(openTaskId).stream().filter(event -> event.step() == null).toList();
        assertThat(dueDateEvents).hasSize(1);
        assertThat(dueDateEvents.get(0).dueAt()).isEqualTo(Instant.parse("2031-03-10T21:00:00Z"));
        assertThat(dueDateEvents.get(0).task().dueDate()).isEqualTo(LocalDate.parse("2031-03-10"));
    }

    private void awaitThenRun(CountDownLatch start, Instant now) {
        try {
            start.await();
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            return;
        }
        sweep.publishOverdue(now);
    }

    private long repairFiledAt(Instant at) {
        return tasks.importTask(fixtures.org, author, at, NewTask.onForm(form.id(), repair(PAID, "500", "overdue")));
    }

    private List<TaskOverdue> eventsOf(long taskId) {
        return published.stream().filter(event -> event.task().taskId() == taskId).toList();
    }

    private int recordedRows(long taskId) {
        return jdbc.sql("select count(*) from task_overdue_events where task_id = :id").param("id", taskId)
                .query(Integer.class).single();
    }

    private static Instant moscow(String localDateTime) {
        return LocalDateTime.parse(localDateTime).atZone(MOSCOW).toInstant();
    }
}
