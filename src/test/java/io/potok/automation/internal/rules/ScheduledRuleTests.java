package io.potok.automation.internal.rules;

import static io.potok.automation.internal.rules.RuleEngineTests.value;
import static io.potok.automation.internal.rules.RuleFixture.NOTE;
import static io.potok.automation.internal.rules.RuleFixture.SUBJECT;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;

import io.potok.PotokTest;
import io.potok.TestOrganizations;
import io.potok.forms.Form;
import io.potok.forms.Forms;
import io.potok.forms.RuleDefinition.TriggerKind;
import io.potok.tasks.TaskChange;
import io.potok.tasks.TaskView;
import io.potok.tasks.Tasks;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

@PotokTest
class ScheduledRuleTests {

    /** 09:00 in Moscow, the test organisation's zone, on the series' first day; far from the real clock. */
    static final Instant FIRST = Instant.parse("2031-01-01T06:00:00Z");

    @Autowired
    Tasks tasks;

    @Autowired
    Forms forms;

    @Autowired
    RuleRuns runs;

    @Autowired
    ScheduledRules scheduled;

    @Autowired
    JdbcClient jdbc;

    RuleFixture fixture;

    @BeforeEach
    void organisation() {
        fixture = new RuleFixture(new TestOrganizations(jdbc), forms, tasks);
    }

    @Test
    void dailyRuleRunsOncePerOccurrence() {
        Form form = fixture.form("""
                {"id": "daily", "name": "Daily reminder", "enabled": true,
                 "trigger": {"kind": "schedule", "schedule": {"frequency": "daily", "start": "2031-01-01", "time": "09:00"}},
                 "condition": {"kind": "field", "fieldId": 1, "operator": "not_contains", "values": ["quiet"]},
                 "actions": [{"kind": "comment", "template": "Daily check of {Subject}"}]}
                """);
        fixture.formId = form.id();
        TaskView open = fixture.create(fixture.text(SUBJECT, "Open one"));
        TaskView quiet = fixture.create(fixture.text(SUBJECT, "Keep quiet"));
        TaskView closed = fixture.create(fixture.text(SUBJECT, "Closed one"));
        tasks.change(TestOrganizations.signedIn(fixture.org, fixture.author, true), closed.id(), TaskChange.finish());

        scheduled.runDue(FIRST.minusSeconds(60));
        assertThat(runs.forTask(fixture.org, open.id(), 10)).isEmpty();

        scheduled.runDue(FIRST);
        scheduled.runDue(FIRST.plusSeconds(60));

        assertThat(dailyComments(open.id())).isEqualTo(1);
        assertThat(dailyComments(quiet.id())).isZero();
        assertThat(dailyComments(closed.id())).isZero();
        assertThat(runs.forTask(fixture.org, quiet.id(), 10)).singleElement()
                .satisfies(run -> assertThat(run.outcome()).isEqualTo(RuleRun.Outcome.SKIPPED));
        assertThat(runs.forTask(fixture.org, open.id(), 10)).singleElement()
                .satisfies(run -> assertThat(run.trigger()).isEqualTo(TriggerKind.SCHEDULE));

        scheduled.runDue(FIRST.plusSeconds(86_400));

        assertThat(dailyComments(open.id())).isEqualTo(2);
    }

    @Test
    void catchUpCoversLastDayOnly() {
        Form form = fixture.form("""
                {"id": "daily-count", "name": "Daily count", "enabled": true,
                 "trigger": {"kind": "schedule", "schedule": {"frequency": "daily", "start": "2031-02-01", "time": "09:00"}},
                 "actions": [{"kind": "comment", "template": "tick"}]}
                """);
        fixture.formId = form.id();
        TaskView task = fixture.create(fixture.text(SUBJECT, "Counted"));
        Instant firstDay = Instant.parse("2031-02-01T06:00:00Z");
        Instant afterDowntime = firstDay.plus(Duration.ofDays(1)).plus(Duration.ofHours(3));

        scheduled.runDue(firstDay);
        scheduled.runDue(afterDowntime);
        scheduled.runDue(afterDowntime.plusSeconds(60));
        assertThat(runs.forTask(fixture.org, task.id(), 10)).hasSize(2);

        scheduled.runDue(firstDay.plus(Duration.ofDays(5)).plusSeconds(60));

        assertThat(runs.forTask(fixture.org, task.id(), 10)).hasSize(3);
    }

    private long dailyComments(long taskId) {
        return fixture.view(taskId).comments().stream()
                .filter(comment -> comment.text() != null && comment.text().startsWith("Daily check of")).count();
    }
}
