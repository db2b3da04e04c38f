package io.potok.automation.internal.rules;

import static io.potok.automation.internal.rules.RuleFixture.CATEGORY;
import static io.potok.automation.internal.rules.RuleFixture.NOTE;
import static io.potok.automation.internal.rules.RuleFixture.SUBJECT;
import static io.potok.automation.internal.rules.RuleFixture.TOTAL;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import io.potok.PotokTest;
import io.potok.TestOrganizations;
import io.potok.forms.Form;
import io.potok.forms.Forms;
import io.potok.forms.RuleDefinition.TriggerKind;
import io.potok.identity.Members;
import io.potok.tasks.TaskView;
import io.potok.tasks.Tasks;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

@PotokTest
class RuleEngineTests {

    @Autowired
    Tasks tasks;

    @Autowired
    Forms forms;

    @Autowired
    Members members;

    @Autowired
    RuleRuns runs;

    @Autowired
    JdbcClient jdbc;

    RuleFixture fixture;

    @BeforeEach
    void organisation() {
        fixture = new RuleFixture(new TestOrganizations(jdbc), forms, tasks);
    }

    @Test
    void createdTaskGetsFieldAssigneeAndComment() {
        long handler = fixture.member();
        Form form = fixture.form("""
                {"id": "r1", "name": "Triage", "enabled": true, "trigger": {"kind": "task_created"},
                 "actions": [
                   {"kind": "set_field", "fieldId": 6, "value": "triaged"},
                   {"kind": "assign", "assignees": {"kind": "members", "memberIds": [%d]}},
                   {"kind": "comment", "template": "Note is {Note}, subject {Subject}"}]}
                """.formatted(handler));
        fixture.formId = form.id();

        TaskView task = fixture.create(fixture.text(SUBJECT, "Printer"));

        TaskView after = fixture.view(task.id());
        assertThat(value(after, NOTE).asString()).isEqualTo("triaged");
        assertThat(after.responsibleId()).isEqualTo(handler);
        assertThat(after.steps()).filteredOn(TaskView.StepView::current).singleElement()
                .satisfies(step -> assertThat(step.approvals()).extracting(TaskView.ApprovalView::memberId,
                        TaskView.ApprovalView::choice).contains(org.assertj.core.groups.Tuple.tuple(handler, "waiting")));
        assertThat(after.comments()).extracting(TaskView.CommentView::text)
                .contains("Note is triaged, subject Printer");
        long bot = members.automationMemberId(fixture.org);
        assertThat(after.history()).filteredOn(entry -> entry.action().equals("commented"))
                .extracting(TaskView.HistoryEntry::actorId).containsOnly(bot);
    }

    @Test
    void runLogRecordsDoneRun() {
        Form form = fixture.form("""
                {"id": "r1", "name": "Triage", "enabled": true, "trigger": {"kind": "task_created"},
                 "actions": [{"kind": "set_field", "fieldId": 6, "value": "triaged"}]}
                """);
        fixture.formId = form.id();

        TaskView task = fixture.create(fixture.text(SUBJECT, "Printer"));

        List<RuleRun> logged = runs.forTask(fixture.org, task.id(), 10);
        assertThat(logged).singleElement().satisfies(run -> {
            assertThat(run.outcome()).isEqualTo(RuleRun.Outcome.DONE);
            assertThat(run.trigger()).isEqualTo(TriggerKind.TASK_CREATED);
            assertThat(run.ruleId()).isEqualTo("r1");
            assertThat(run.ruleName()).isEqualTo("Triage");
            assertThat(run.conditionHeld()).isTrue();
            assertThat(run.actionsDone()).containsExactly("set_field 6");
            assertThat(run.depth()).isEqualTo(1);
            assertThat(run.error()).isNull();
        });
        assertThat(runs.forRule(fixture.org, form.id(), "r1", 10)).extracting(RuleRun::taskId)
                .containsExactly(task.id());
    }

    @Test
    void fieldTriggerWaitsForValue() {
        Form form = fixture.form("""
                {"id": "crm", "name": "CRM note", "enabled": true,
                 "trigger": {"kind": "field_changed", "fieldId": 3, "value": {"choice_ids": [1]}},
                 "actions": [{"kind": "set_field", "fieldId": 6, "value": "crm team"}]}
                """);
        fixture.formId = form.id();
        TaskView task = fixture.create(fixture.text(SUBJECT, "Login"));

        fixture.change(task.id(), fixture.field(CATEGORY, "{\"choice_ids\": [2]}"));
        assertThat(value(fixture.view(task.id()), NOTE)).isNull();

        fixture.change(task.id(), fixture.field(CATEGORY, "{\"choice_ids\": [1]}"));
        assertThat(value(fixture.view(task.id()), NOTE).asString()).isEqualTo("crm team");
    }

    @Test
    void conditionFalseLogsSkippedRun() {
        Form form = fixture.form("""
                {"id": "big", "name": "Big totals", "enabled": true, "trigger": {"kind": "field_changed", "fieldId": 4},
                 "condition": {"kind": "field", "fieldId": 4, "operator": "greater", "values": ["1000"]},
                 "actions": [{"kind": "set_field", "fieldId": 6, "value": "big"}]}
                """);
        fixture.formId = form.id();
        TaskView task = fixture.create(fixture.text(SUBJECT, "Order"));

        fixture.change(task.id(), fixture.field(TOTAL, "10"));

        assertThat(value(fixture.view(task.id()), NOTE)).isNull();
        assertThat(runs.forTask(fixture.org, task.id(), 10)).singleElement().satisfies(run -> {
            assertThat(run.outcome()).isEqualTo(RuleRun.Outcome.SKIPPED);
            assertThat(run.conditionHeld()).isFalse();
            assertThat(run.actionsDone()).isEmpty();
        });
    }

    @Test
    void disabledRuleNeverFires() {
        Form form = fixture.form("""
                {"id": "off", "name": "Off", "enabled": false, "trigger": {"kind": "task_created"},
                 "actions": [{"kind": "set_field", "fieldId": 6, "value": "on"}]}
                """);
        fixture.formId = form.id();

        TaskView task = fixture.create(fixture.text(SUBJECT, "Order"));

        assertThat(value(fixture.view(task.id()), NOTE)).isNull();
        assertThat(runs.forTask(fixture.org, task.id(), 10)).isEmpty();
    }

    @Test
    void latestPublishedVersionSuppliesRules() {
        Form form = fixture.form();
        fixture.formId = form.id();
        TaskView task = fixture.create(fixture.text(SUBJECT, "Old version task"));
        fixture.republish(form, """
                {"id": "late", "name": "Late rule", "enabled": true, "trigger": {"kind": "field_changed", "fieldId": 4},
                 "actions": [{"kind": "set_field", "fieldId": 6, "value": "from v2"}]}
                """);

        fixture.change(task.id(), fixture.field(TOTAL, "5"));

        TaskView after = fixture.view(task.id());
        assertThat(after.formVersion()).isEqualTo(1);
        assertThat(value(after, NOTE).asString()).isEqualTo("from v2");
    }

    static JsonNode value(TaskView task, int fieldId) {
        for (JsonNode field : task.fields()) {
            if (field.path("id").asInt() == fieldId) {
                JsonNode value = field.get("value");
                return value == null || value.isNull() ? null : value;
            }
        }
        return null;
    }
}
