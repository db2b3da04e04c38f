package io.potok.automation.internal.rules;

import static io.potok.automation.internal.rules.RuleEngineTests.value;
import static io.potok.automation.internal.rules.RuleFixture.DOUBLED;
import static io.potok.automation.internal.rules.RuleFixture.HANDLER;
import static io.potok.automation.internal.rules.RuleFixture.NOTE;
import static io.potok.automation.internal.rules.RuleFixture.SUBJECT;
import static io.potok.automation.internal.rules.RuleFixture.TOTAL;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import java.util.List;

import io.potok.PotokTest;
import io.potok.TestOrganizations;
import io.potok.automation.internal.mail.EmailRequested;
import io.potok.automation.internal.webhooks.WebhookCallRequested;
import io.potok.forms.Form;
import io.potok.forms.Forms;
import io.potok.forms.WebhookSubscription;
import io.potok.identity.Members;
import io.potok.tasks.NewTask;
import io.potok.tasks.TaskChange;
import io.potok.tasks.TaskView;
import io.potok.tasks.Tasks;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;

@PotokTest
@RecordApplicationEvents
class RuleActionTests {

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

    @Autowired
    ApplicationEvents events;

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

    private static String onCreate(String actionsJson) {
        return """
                {"id": "r", "name": "Rule under test", "enabled": true, "trigger": {"kind": "task_created"},
                 "actions": %s}
                """.formatted(actionsJson);
    }

    @Test
    void setFieldCopiesFieldAndComputesFormula() {
        TaskView task = newTask("""
                {"id": "copy", "name": "Copy", "enabled": true, "trigger": {"kind": "field_changed", "fieldId": 4},
                 "actions": [
                   {"kind": "set_field", "fieldId": 6, "sourceFieldId": 1},
                   {"kind": "set_field", "fieldId": 8, "formula": "#4 * 2"}]}
                """);

        fixture.change(task.id(), fixture.field(TOTAL, "21"));

        TaskView after = fixture.view(task.id());
        assertThat(value(after, NOTE).asString()).isEqualTo("Request");
        assertThat(value(after, DOUBLED).decimalValue()).isEqualByComparingTo("42");
    }

    @Test
    void assignPicksLeastBusyRoleMember() {
        long busy = fixture.member();
        long free = fixture.member();
        long role = fixture.people.role(fixture.org, busy, free);
        tasks.create(fixture.signedIn(fixture.author), NewTask.simple("Busy work", busy, null));

        TaskView task = newTask(onCreate("[{\"kind\": \"assign\", \"assignees\": {\"kind\": \"role\", \"roleId\": %d}}]"
                .formatted(role)));

        TaskView after = fixture.view(task.id());
        assertThat(after.responsibleId()).isEqualTo(free);
        TaskView.StepView current = after.steps().stream().filter(TaskView.StepView::current).findFirst().orElseThrow();
        assertThat(current.approvals()).extracting(TaskView.ApprovalView::memberId, TaskView.ApprovalView::choice)
                .contains(tuple(free, "waiting"), tuple(fixture.firstApprover, "skipped"));
        tasks.change(fixture.signedIn(free), task.id(), TaskChange.approve());
        assertThat(fixture.view(task.id()).currentStep()).isEqualTo(2);
    }

    @Test
    void subscribersAreAddedAndRemoved() {
        long watcher = fixture.member();
        TaskView task = newTask(onCreate("""
                [{"kind": "add_subscribers", "assignees": {"kind": "members", "memberIds": [%d]}}]""".formatted(watcher)),
                """
                {"id": "unsubscribe", "name": "Unsubscribe", "enabled": true,
                 "trigger": {"kind": "field_changed", "fieldId": 6},
                 "actions": [{"kind": "remove_subscribers", "assignees": {"kind": "members", "memberIds": [%d]}}]}
                """.formatted(watcher));
        assertThat(fixture.view(task.id()).subscriberIds()).contains(watcher);

        fixture.change(task.id(), fixture.text(NOTE, "enough"));

        assertThat(fixture.view(task.id()).subscriberIds()).doesNotContain(watcher);
    }

    @Test
    void moveToStepSkipsAhead() {
        TaskView task = newTask(onCreate("[{\"kind\": \"move_to_step\", \"step\": 2}]"));

        TaskView after = fixture.view(task.id());
        assertThat(after.currentStep()).isEqualTo(2);
        assertThat(after.history()).extracting(TaskView.HistoryEntry::action).contains("moved");
    }

    @Test
    void approveAndRejectDecideForStep() {
        Form form = fixture.form("""
                {"id": "ok", "name": "Auto approve", "enabled": true,
                 "trigger": {"kind": "field_changed", "fieldId": 6, "value": "ok"},
                 "actions": [{"kind": "approve"}]}
                """, """
                {"id": "no", "name": "Auto reject", "enabled": true,
                 "trigger": {"kind": "field_changed", "fieldId": 6, "value": "no"},
                 "actions": [{"kind": "reject"}]}
                """);
        fixture.formId = form.id();
        TaskView approved = fixture.create(fixture.text(SUBJECT, "To approve"));
        TaskView rejected = fixture.create(fixture.text(SUBJECT, "To reject"));

        fixture.change(approved.id(), fixture.text(NOTE, "ok"));
        fixture.change(rejected.id(), fixture.text(NOTE, "no"));

        assertThat(fixture.view(approved.id()).currentStep()).isEqualTo(2);
        TaskView closed = fixture.view(rejected.id());
        assertThat(closed.closed()).isTrue();
        assertThat(closed.resolution()).isEqualTo("rejected");
    }

    @Test
    void commentNamesRuleInChanges() {
        TaskView task = newTask(onCreate("[{\"kind\": \"comment\", \"template\": \"Got {Subject}\"}]"));

        TaskView.CommentView comment = fixture.view(task.id()).comments().stream()
                .filter(each -> "Got Request".equals(each.text())).findFirst().orElseThrow();
        assertThat(comment.authorId()).isEqualTo(members.automationMemberId(fixture.org));
        assertThat(comment.changes().path("rule").asString()).isEqualTo("Rule under test");
    }

    @Test
    void createTaskFillsMappedFieldsAndLinksParent() {
        Form target = fixture.form();
        TaskView task = newTask(onCreate("""
                [{"kind": "create_task", "formId": %d,
                  "mapping": [{"sourceFieldId": 1, "targetFieldId": 6}, {"sourceFieldId": 4, "targetFieldId": 4}]}]"""
                .formatted(target.id())));

        RuleRun run = runs.forTask(fixture.org, task.id(), 10).get(0);
        assertThat(run.actionsDone()).singleElement().asString().startsWith("create_task ");
        long createdId = Long.parseLong(run.actionsDone().get(0).substring("create_task ".length()));
        var created = tasks.snapshot(fixture.org, createdId).orElseThrow();
        assertThat(created.formId()).isEqualTo(target.id());
        assertThat(created.fieldValuesJson()).contains("\"6\":\"Request\"");
        Long parent = jdbc.sql("select parent_task_id from tasks where id = :id").param("id", createdId)
                .query(Long.class).single();
        assertThat(parent).isEqualTo(task.id());
    }

    @Test
    void sendEmailPublishesFilledMessage() {
        long handler = fixture.member();
        Form form = fixture.form(onCreate("""
                [{"kind": "send_email", "to": ["author", "{Handler}", "ops@example.com"],
                  "subject": "New request: {Subject}", "template": "Handler is {Handler}"}]"""));
        fixture.formId = form.id();

        TaskView task = fixture.create(fixture.text(SUBJECT, "Printer"), fixture.field(HANDLER, "{\"id\": " + handler + "}"));

        EmailRequested email = events.stream(EmailRequested.class)
                .filter(each -> each.taskId() == task.id()).findFirst().orElseThrow();
        String authorEmail = members.find(fixture.org, fixture.author).orElseThrow().email();
        String handlerEmail = members.find(fixture.org, handler).orElseThrow().email();
        assertThat(email.to()).containsExactly(authorEmail, handlerEmail, "ops@example.com");
        assertThat(email.subject()).isEqualTo("New request: Printer");
        assertThat(email.text()).isEqualTo("Handler is Test Member");
        assertThat(email.orgId()).isEqualTo(fixture.org);
    }

    @Test
    void callWebhookPublishesRequest() {
        fixture.webhooks = List.of(new WebhookSubscription("erp", "ERP", true, "http://127.0.0.1:9/hook", List.of()));
        TaskView task = newTask(onCreate("[{\"kind\": \"call_webhook\", \"webhookId\": \"erp\"}]"));

        assertThat(events.stream(WebhookCallRequested.class).filter(each -> each.taskId() == task.id()))
                .singleElement().satisfies(call -> {
                    assertThat(call.webhookId()).isEqualTo("erp");
                    assertThat(call.formId()).isEqualTo(fixture.formId);
                    assertThat(call.ruleId()).isEqualTo("r");
                });
    }

    @Test
    void closeAndReopenAsRule() {
        TaskView task = newTask("""
                {"id": "close", "name": "Close when done", "enabled": true,
                 "trigger": {"kind": "field_changed", "fieldId": 6, "value": "done"},
                 "actions": [{"kind": "close"}]}
                """, """
                {"id": "reopen", "name": "Reopen on comment", "enabled": true, "trigger": {"kind": "comment_added"},
                 "condition": {"kind": "field", "fieldId": 6, "operator": "equals", "values": ["done"]},
                 "actions": [{"kind": "set_field", "fieldId": 6, "value": "reopened"}, {"kind": "reopen"}]}
                """);

        fixture.change(task.id(), fixture.text(NOTE, "done"));
        assertThat(fixture.view(task.id()).closed()).isTrue();

        tasks.change(fixture.signedIn(fixture.author), task.id(), TaskChange.comment("Not fixed yet"));
        TaskView after = fixture.view(task.id());
        assertThat(after.closed()).isFalse();
        assertThat(value(after, NOTE).asString()).isEqualTo("reopened");
    }
}
