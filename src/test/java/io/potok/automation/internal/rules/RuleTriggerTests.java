package io.potok.automation.internal.rules;

import static io.potok.automation.internal.rules.RuleEngineTests.value;
import static io.potok.automation.internal.rules.RuleFixture.NOTE;
import static io.potok.automation.internal.rules.RuleFixture.SUBJECT;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;

import io.potok.PotokTest;
import io.potok.TestOrganizations;
import io.potok.forms.Form;
import io.potok.forms.Forms;
import io.potok.forms.RuleDefinition.TriggerKind;
import io.potok.tasks.TaskChange;
import io.potok.tasks.TaskOverdue;
import io.potok.tasks.TaskSnapshot;
import io.potok.tasks.TaskView;
import io.potok.tasks.Tasks;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionOperations;

@PotokTest
class RuleTriggerTests {

    @Autowired
    Tasks tasks;

    @Autowired
    Forms forms;

    @Autowired
    RuleRuns runs;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    ApplicationEventPublisher events;

    @Autowired
    TransactionOperations transactions;

    RuleFixture fixture;

    @BeforeEach
    void organisation() {
        fixture = new RuleFixture(new TestOrganizations(jdbc), forms, tasks);
    }

    private TaskView newTask(String... rules) {
        Form form = fixture.form(rules);
        fixture.formId = form.id();
        return fixture.create(fixture.text(SUBJECT, "Request"));
    }

    private static String noteRule(String trigger) {
        return """
                {"id": "r", "name": "Note", "enabled": true, "trigger": %s,
                 "actions": [{"kind": "set_field", "fieldId": 6, "value": "fired"}]}
                """.formatted(trigger);
    }

    private String note(long taskId) {
        return value(fixture.view(taskId), NOTE) == null ? null : value(fixture.view(taskId), NOTE).asString();
    }

    @Test
    void stepEnteredFiresOnNamedStepOnly() {
        TaskView task = newTask(noteRule("{\"kind\": \"step_entered\", \"step\": 2}"));
        assertThat(note(task.id())).isNull();

        tasks.change(fixture.signedIn(fixture.firstApprover), task.id(), TaskChange.approve());

        assertThat(note(task.id())).isEqualTo("fired");
        assertThat(runs.forTask(fixture.org, task.id(), 10)).extracting(RuleRun::trigger)
                .containsExactly(TriggerKind.STEP_ENTERED);
    }

    @Test
    void stepEnteredWithoutStepFiresOnCreation() {
        TaskView task = newTask(noteRule("{\"kind\": \"step_entered\"}"));

        assertThat(note(task.id())).isEqualTo("fired");
    }

    @Test
    void decisionMadeMatchesStepAndChoice() {
        String rule = noteRule("{\"kind\": \"decision_made\", \"step\": 1, \"decision\": \"approved\"}");
        TaskView approved = newTask(rule);
        TaskView rejected = fixture.create(fixture.text(SUBJECT, "Other request"));

        tasks.change(fixture.signedIn(fixture.firstApprover), approved.id(), TaskChange.approve());
        tasks.change(fixture.signedIn(fixture.firstApprover), rejected.id(), TaskChange.reject());

        assertThat(note(approved.id())).isEqualTo("fired");
        assertThat(note(rejected.id())).isNull();
    }

    @Test
    void commentAddedFires() {
        TaskView task = newTask(noteRule("{\"kind\": \"comment_added\"}"));
        assertThat(note(task.id())).isNull();

        tasks.change(fixture.signedIn(fixture.author), task.id(), TaskChange.comment("Any news?"));

        assertThat(note(task.id())).isEqualTo("fired");
    }

    @Test
    void closedAndReopenedFire() {
        TaskView task = newTask("""
                {"id": "closed", "name": "On close", "enabled": true, "trigger": {"kind": "task_closed"},
                 "actions": [{"kind": "comment", "template": "Closed with note {Note}"}]}
                """, """
                {"id": "reopened", "name": "On reopen", "enabled": true, "trigger": {"kind": "task_reopened"},
                 "actions": [{"kind": "set_field", "fieldId": 6, "value": "reopened"}]}
                """);
        var admin = TestOrganizations.signedIn(fixture.org, fixture.author, true);

        tasks.change(admin, task.id(), TaskChange.finish());
        assertThat(fixture.view(task.id()).comments()).extracting(TaskView.CommentView::text)
                .anyMatch(text -> text != null && text.startsWith("Closed with note"));
        assertThat(note(task.id())).isNull();

        tasks.change(admin, task.id(), TaskChange.reopen());
        assertThat(note(task.id())).isEqualTo("reopened");
    }

    @Test
    void duePassedFiresOncePerDueMoment() {
        TaskView task = newTask("""
                {"id": "late", "name": "Late", "enabled": true, "trigger": {"kind": "due_passed"},
                 "actions": [{"kind": "comment", "template": "Overdue"}]}
                """);
        Instant due = Instant.parse("2026-01-10T09:00:00Z");

        overdue(task.id(), due);
        overdue(task.id(), due);

        assertThat(fixture.view(task.id()).comments()).extracting(TaskView.CommentView::text)
                .containsOnlyOnce("Overdue");
        assertThat(runs.forTask(fixture.org, task.id(), 10)).singleElement()
                .satisfies(run -> assertThat(run.trigger()).isEqualTo(TriggerKind.DUE_PASSED));

        overdue(task.id(), due.plusSeconds(86_400));
        assertThat(runs.forTask(fixture.org, task.id(), 10)).hasSize(2);
    }

    private void overdue(long taskId, Instant dueAt) {
        transactions.executeWithoutResult(status -> {
            TaskSnapshot snapshot = tasks.snapshot(fixture.org, taskId).orElseThrow();
            events.publishEvent(new TaskOverdue(snapshot, dueAt, null));
        });
    }
}
