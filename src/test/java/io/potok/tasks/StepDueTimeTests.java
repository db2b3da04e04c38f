package io.potok.tasks;

import static io.potok.PageRequests.signedInAs;
import static io.potok.RouteFixtures.PAID;
import static io.potok.RouteFixtures.repair;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;

import io.potok.PotokTest;
import io.potok.RouteFixtures;
import io.potok.forms.Form;
import io.potok.forms.Forms;
import io.potok.forms.RouteDefinition.AssigneeRule;
import io.potok.forms.RouteDefinition.Assignees;
import io.potok.forms.RouteDefinition.Step;
import io.potok.identity.CurrentMember;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Step due times at run time. Tasks are imported at fixed past moments, which the route uses as the time a
 * step is entered, so no test depends on the wall clock except for being overdue now.
 */
@PotokTest
@AutoConfigureMockMvc
class StepDueTimeTests {

    static final ZoneId MOSCOW = ZoneId.of("Europe/Moscow");

    @Autowired
    Tasks tasks;

    @Autowired
    Inbox inbox;

    @Autowired
    Forms forms;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    MockMvc mvc;

    RouteFixtures fixtures;
    long engineer;
    long accountant;
    long author;
    Form form;

    @BeforeEach
    void repairsWithDueTimes() {
        fixtures = new RouteFixtures(jdbc, forms);
        engineer = fixtures.member("Egor");
        accountant = fixtures.member("Anna");
        author = fixtures.member("Boris");
        form = fixtures.form(
                new Step(1, "Repair", null, List.of(new AssigneeRule(null, Assignees.anyOf(engineer))), null, 4, true),
                new Step(2, "Invoice", null, List.of(new AssigneeRule(null, Assignees.anyOf(accountant))), null, 24,
                        false));
    }

    @Test
    void businessHoursCountFromStepEntry() {
        Instant fridayAfternoon = moscow("2026-11-27T16:00");

        long taskId = tasks.importTask(fixtures.org, author, fridayAfternoon,
                NewTask.onForm(form.id(), repair(PAID, "500", "due")));

        TaskView task = tasks.view(fixtures.signedIn(author, false), taskId);
        assertThat(currentStep(task).due()).isEqualTo(moscow("2026-11-30T11:00"));
    }

    @Test
    void calendarHoursCountOnNextStep() {
        long taskId = tasks.importTask(fixtures.org, author, moscow("2026-11-27T16:00"),
                NewTask.onForm(form.id(), repair(PAID, "500", "due")));
        Instant approvedAt = moscow("2026-11-28T10:30");

        tasks.importChange(fixtures.org, engineer, approvedAt, taskId, TaskChange.approve());

        TaskView task = tasks.view(fixtures.signedIn(author, false), taskId);
        assertThat(task.currentStep()).isEqualTo(2);
        assertThat(currentStep(task).due()).isEqualTo(moscow("2026-11-29T10:30"));
        assertThat(task.steps().get(0).due()).isNull();
    }

    @Test
    void closingClearsStepDueTime() {
        long taskId = tasks.importTask(fixtures.org, author, moscow("2026-11-27T16:00"),
                NewTask.onForm(form.id(), repair(PAID, "500", "due")));

        tasks.importChange(fixtures.org, engineer, moscow("2026-11-27T17:00"), taskId, TaskChange.approve());
        tasks.importChange(fixtures.org, accountant, moscow("2026-11-27T18:00"), taskId, TaskChange.approve());

        Instant stored = jdbc.sql("select step_due from tasks where id = :id").param("id", taskId)
                .query(java.sql.Timestamp.class).optional().map(java.sql.Timestamp::toInstant).orElse(null);
        assertThat(stored).isNull();
    }

    @Test
    void inboxAndTaskPageShowOverdueStep() throws Exception {
        long taskId = tasks.importTask(fixtures.org, author, moscow("2026-11-27T16:00"),
                NewTask.onForm(form.id(), repair(PAID, "500", "late")));
        CurrentMember signedIn = fixtures.signedIn(engineer, false);

        Inbox.InboxItem item = inbox.of(signedIn, 50).stream().filter(each -> each.taskId() == taskId)
                .findFirst().orElseThrow();
        String inboxPage = mvc.perform(get("/inbox").with(signedInAs(signedIn)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        String taskPage = mvc.perform(get("/tasks/" + taskId).with(signedInAs(signedIn)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();

        assertThat(item.stepDue()).isEqualTo(moscow("2026-11-30T11:00"));
        assertThat(item.overdueAt(moscow("2026-11-30T10:59"), MOSCOW)).isFalse();
        assertThat(item.overdueAt(moscow("2026-11-30T11:01"), MOSCOW)).isTrue();
        assertThat(inboxPage).contains("data-task=\"" + taskId + "\" data-overdue=\"true\"").contains("Просрочено");
        assertThat(taskPage).contains("id=\"task-step-due\"").contains("30.11.2026 11:00");
    }

    private static TaskView.StepView currentStep(TaskView task) {
        return task.steps().stream().filter(TaskView.StepView::current).findFirst().orElseThrow();
    }

    private static Instant moscow(String localDateTime) {
        return LocalDateTime.parse(localDateTime).atZone(MOSCOW).toInstant();
    }
}
