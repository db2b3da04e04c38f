package io.potok.automation.internal.rules;

import static io.potok.automation.internal.rules.RuleEngineTests.value;
import static io.potok.automation.internal.rules.RuleFixture.NOTE;
import static io.potok.automation.internal.rules.RuleFixture.SUBJECT;
import static io.potok.automation.internal.rules.RuleFixture.TOTAL;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import io.potok.PotokTest;
import io.potok.TestOrganizations;
import io.potok.forms.Form;
import io.potok.forms.Forms;
import io.potok.tasks.TaskChangeFacts;
import io.potok.tasks.TaskChanged;
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
class RuleSafetyTests {

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

    @Test
    void selfTriggeringRuleStopsAtDepthLimit() {
        Form form = fixture.form("""
                {"id": "grow", "name": "Grow", "enabled": true, "trigger": {"kind": "field_changed", "fieldId": 4},
                 "actions": [{"kind": "set_field", "fieldId": 4, "formula": "#4 + 1"}]}
                """);
        fixture.formId = form.id();
        TaskView task = fixture.create(fixture.text(SUBJECT, "Loop"));

        fixture.change(task.id(), fixture.field(TOTAL, "0"));

        assertThat(value(fixture.view(task.id()), TOTAL).decimalValue()).isEqualByComparingTo("5");
        List<RuleRun> logged = runs.forTask(fixture.org, task.id(), 20);
        assertThat(logged).filteredOn(run -> run.outcome() == RuleRun.Outcome.DONE)
                .extracting(RuleRun::depth).containsExactlyInAnyOrder(1, 2, 3, 4, 5);
        assertThat(logged).filteredOn(run -> run.outcome() == RuleRun.Outcome.STOPPED).singleElement()
                .satisfies(run -> {
                    assertThat(run.depth()).isEqualTo(RuleRunner.MAX_DEPTH + 1);
                    assertThat(run.error()).contains("5");
                    assertThat(run.actionsDone()).isEmpty();
                });
    }

    @Test
    void sameChangeNeverFiresRuleTwice() {
        Form form = fixture.form("""
                {"id": "hello", "name": "Hello", "enabled": true, "trigger": {"kind": "comment_added"},
                 "actions": [{"kind": "set_field", "fieldId": 4, "formula": "#4 + 1"}]}
                """);
        fixture.formId = form.id();
        TaskView task = fixture.create(fixture.text(SUBJECT, "Twice"), fixture.field(TOTAL, "0"));

        transactions.executeWithoutResult(status -> {
            TaskSnapshot snapshot = tasks.snapshot(fixture.org, task.id()).orElseThrow();
            TaskChangeFacts commented = new TaskChangeFacts(null, null, null, null, "Hi", false, false, null);
            events.publishEvent(new TaskChanged(snapshot, fixture.author, false, commented));
            events.publishEvent(new TaskChanged(snapshot, fixture.author, false, commented));
        });

        assertThat(value(fixture.view(task.id()), TOTAL).decimalValue()).isEqualByComparingTo("1");
        assertThat(runs.forTask(fixture.org, task.id(), 10)).hasSize(1);
    }

    @Test
    void failingActionRollsBackOnlyItsRule() {
        Form form = fixture.form("""
                {"id": "broken", "name": "Broken", "enabled": true, "trigger": {"kind": "field_changed", "fieldId": 1},
                 "actions": [
                   {"kind": "set_field", "fieldId": 6, "value": "first"},
                   {"kind": "set_field", "fieldId": 4, "value": "not a number"},
                   {"kind": "comment", "template": "never written"}]}
                """, """
                {"id": "fine", "name": "Fine", "enabled": true, "trigger": {"kind": "field_changed", "fieldId": 1},
                 "actions": [{"kind": "comment", "template": "Subject is now {Subject}"}]}
                """);
        fixture.formId = form.id();
        TaskView task = fixture.create(fixture.text(NOTE, "before"));

        fixture.change(task.id(), fixture.text(SUBJECT, "Changed by member"));

        TaskView after = fixture.view(task.id());
        assertThat(value(after, SUBJECT).asString()).isEqualTo("Changed by member");
        assertThat(value(after, NOTE).asString()).isEqualTo("before");
        assertThat(after.comments()).extracting(TaskView.CommentView::text)
                .contains("Subject is now Changed by member").doesNotContain("never written");
        RuleRun broken = runs.forRule(fixture.org, form.id(), "broken", 10).get(0);
        assertThat(broken.outcome()).isEqualTo(RuleRun.Outcome.FAILED);
        assertThat(broken.actionsDone()).containsExactly("set_field 6");
        assertThat(broken.error()).contains("Действие 2").contains("Total").contains("not a number");
        assertThat(runs.forRule(fixture.org, form.id(), "fine", 10)).extracting(RuleRun::outcome)
                .containsExactly(RuleRun.Outcome.DONE);
    }

    @Test
    void actionWithoutAssigneeFailsWithReason() {
        long emptyRole = fixture.people.role(fixture.org);
        Form form = fixture.form("""
                {"id": "nobody", "name": "Nobody", "enabled": true, "trigger": {"kind": "task_created"},
                 "actions": [{"kind": "assign", "assignees": {"kind": "role", "roleId": %d}}]}
                """.formatted(emptyRole));
        fixture.formId = form.id();

        TaskView task = fixture.create(fixture.text(SUBJECT, "Nobody home"));

        assertThat(fixture.view(task.id()).responsibleId()).isNull();
        assertThat(runs.forTask(fixture.org, task.id(), 10)).singleElement().satisfies(run -> {
            assertThat(run.outcome()).isEqualTo(RuleRun.Outcome.FAILED);
            assertThat(run.error()).contains("assign");
        });
    }
}
