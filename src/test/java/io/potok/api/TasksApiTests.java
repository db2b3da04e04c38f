package io.potok.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import io.potok.PotokTest;
import io.potok.TestOrganizations;
import io.potok.forms.AccessLevel;
import io.potok.forms.FieldDefinition;
import io.potok.forms.FieldSettings;
import io.potok.forms.FieldType;
import io.potok.forms.Form;
import io.potok.forms.FormDefinition;
import io.potok.forms.FormGrant;
import io.potok.forms.Forms;
import io.potok.forms.RouteDefinition;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

@PotokTest
class TasksApiTests {

    private static final String DATE_TIME = "\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}Z";

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    Forms forms;

    private record Setup(long org, ApiCaller author, ApiCaller approver, ApiCaller deputy, ApiCaller outsider,
                         Form form) {
    }

    private Setup setup() {
        TestOrganizations people = new TestOrganizations(jdbc);
        long org = people.organization();
        long sales = people.department(org, null, null);
        long other = people.department(org, null, null);
        ApiCaller author = ApiCaller.create(jdbc, port, org, sales, false);
        ApiCaller approver = ApiCaller.create(jdbc, port, org, sales, false);
        ApiCaller deputy = ApiCaller.create(jdbc, port, org, sales, false);
        ApiCaller outsider = ApiCaller.create(jdbc, port, org, other, false);
        Form form = forms.create(org, "Заявки " + System.nanoTime(), definition(approver.memberId), null);
        forms.grant(org, form.id(), FormGrant.everyone(AccessLevel.MEMBER));
        return new Setup(org, author, approver, deputy, outsider, form);
    }

    private static FormDefinition definition(long approverId) {
        List<FieldDefinition> fields = List.of(
                FieldDefinition.of(1, "Описание", FieldType.TEXT).withCode("description"),
                FieldDefinition.of(2, "Сумма", FieldType.MONEY).withCode("total").withInfo(FieldSettings.decimals(2)),
                FieldDefinition.of(3, "Тип", FieldType.MULTIPLE_CHOICE).withInfo(FieldSettings.choices(false,
                        List.of(new FieldSettings.ChoiceOption(1, "Розница"),
                                new FieldSettings.ChoiceOption(2, "Опт")))),
                FieldDefinition.of(4, "Дата поставки", FieldType.DATE));
        RouteDefinition route = new RouteDefinition(List.of(new RouteDefinition.Step(1, "Проверка", null,
                List.of(new RouteDefinition.AssigneeRule(null, RouteDefinition.Assignees.anyOf(approverId))), null)));
        return new FormDefinition(fields, route);
    }

    private static JsonNode create(Setup setup) {
        ApiCaller.Reply reply = setup.author().post("/api/v4/tasks", """
                {"form_id": %d,
                 "fields": [{"id": 1, "value": "Пример"},
                            {"code": "total", "value": 1000},
                            {"name": "Тип", "value": {"choice_ids": [1]}},
                            {"id": 4, "value": "2026-12-10"}],
                 "due": "2026-12-10T09:00:00Z"}
                """.formatted(setup.form().id()));
        assertThat(reply.status()).as(reply.body()).isEqualTo(200);
        return reply.json().get("task");
    }

    private static JsonNode field(JsonNode task, int id) {
        for (JsonNode field : task.get("fields")) {
            if (field.get("id").asInt() == id) {
                return field;
            }
        }
        throw new AssertionError("No field " + id + " in " + task.get("fields"));
    }

    private long taskCount(long org) {
        return jdbc.sql("select count(*) from tasks where org_id = :org").param("org", org).query(Long.class).single();
    }

    @Test
    void createdFormTaskHasRecordedShape() {
        Setup setup = setup();
        long id = create(setup).get("id").asLong();
        ApiCaller.Reply changed = setup.author().post("/api/v4/tasks/" + id + "/comments", """
                {"text": "Уточнил сумму", "field_updates": [{"id": 1, "value": "Пример 2"}],
                 "due": "2026-12-11T10:30:00Z"}
                """);
        assertThat(changed.status()).as(changed.body()).isEqualTo(200);

        JsonNode task = setup.author().get("/api/v4/tasks/" + id).json().get("task");

        JsonNode recorded = ApiCaller.fixture("task.json").get("task");
        WireShapes.assertCoversShape(withoutComments(task), withoutComments(recorded), "external_id", "skype", "phone");
        JsonNode lastComment = task.get("comments").get(task.get("comments").size() - 1);
        WireShapes.assertCoversShape(lastComment, recorded.get("comments").get(0), "external_id", "skype", "phone",
                "added_list_ids", "reassigned_to", "approvals_added");
        assertThat(task.get("create_date").asString()).matches(DATE_TIME);
        assertThat(task.get("due").asString()).isEqualTo("2026-12-11T10:30:00Z");
        assertThat(lastComment.get("due").asString()).isEqualTo("2026-12-11T10:30:00Z");
        assertThat(lastComment.get("field_updates").get(0).get("name").asString()).isEqualTo("Описание");
        assertThat(lastComment.get("field_updates").get(0).get("type").asString()).isEqualTo("text");
    }

    @Test
    void createdTaskHoldsFieldsNamedByIdNameAndCode() {
        Setup setup = setup();

        JsonNode task = create(setup);

        assertThat(task.get("form_id").asLong()).isEqualTo(setup.form().id());
        assertThat(task.get("current_step").asInt()).isEqualTo(1);
        assertThat(task.get("is_closed").asBoolean()).isFalse();
        assertThat(field(task, 1).get("value").asString()).isEqualTo("Пример");
        assertThat(field(task, 2).get("value").decimalValue()).isEqualByComparingTo("1000");
        assertThat(field(task, 3).get("value").get("choice_ids").get(0).asInt()).isEqualTo(1);
        assertThat(field(task, 4).get("value").asString()).isEqualTo("2026-12-10");
        assertThat(task.get("author").get("id").asLong()).isEqualTo(setup.author().memberId);
        JsonNode approval = task.get("approvals").get(0).get(0);
        assertThat(approval.get("person").get("id").asLong()).isEqualTo(setup.approver().memberId);
        assertThat(approval.get("approval_choice").asString()).isEqualTo("waiting");
        assertThat(task.get("steps").get(0).get("name").asString()).isEqualTo("Проверка");
    }

    @Test
    void createsSimpleTask() {
        Setup setup = setup();

        ApiCaller.Reply reply = setup.author().post("/v4/tasks", """
                {"text": "Позвонить клиенту", "responsible": {"email": "%s"}, "due_date": "2026-12-20",
                 "subscribers": [%d]}
                """.formatted(setup.approver().email, setup.deputy().memberId));

        assertThat(reply.status()).as(reply.body()).isEqualTo(200);
        JsonNode task = reply.json().get("task");
        assertThat(task.get("text").asString()).isEqualTo("Позвонить клиенту");
        assertThat(task.get("responsible").get("id").asLong()).isEqualTo(setup.approver().memberId);
        assertThat(task.get("due_date").asString()).isEqualTo("2026-12-20");
        assertThat(task.get("subscribers").get(0).get("person").get("id").asLong())
                .isEqualTo(setup.deputy().memberId);
        assertThat(task.has("form_id")).isFalse();
    }

    @Test
    void invalidFieldValueCreatesNothing() {
        Setup setup = setup();
        String body = """
                {"form_id": %d, "fields": [{"id": 1, "value": "Пример"}, {"id": 2, "value": "много"}]}
                """.formatted(setup.form().id());

        ApiCaller.Reply russian = setup.author().post("/api/v4/tasks", body);
        ApiCaller.Reply english = setup.author().post("/api/v4/tasks", body, "en");

        assertThat(russian.status()).isEqualTo(400);
        assertThat(russian.json().get("error_code").asString()).isEqualTo("invalid_field_value");
        assertThat(russian.json().get("error").asString()).contains("Поле «Сумма»").contains("«много»");
        assertThat(english.status()).isEqualTo(400);
        assertThat(english.json().get("error").asString()).contains("Field “Сумма”").contains("“много”");
        assertThat(taskCount(setup.org())).isZero();
    }

    @Test
    void unknownTaskIsNotFound() {
        Setup setup = setup();

        ApiCaller.Reply reply = setup.author().get("/api/v4/tasks/987654321", "en");

        assertThat(reply.status()).isEqualTo(404);
        assertThat(reply.json().get("error_code").asString()).isEqualTo("task_not_found");
        assertThat(reply.json().get("error").asString()).contains("987654321");
    }

    @Test
    void staleVersionOnSameFieldConflicts() {
        Setup setup = setup();
        JsonNode task = create(setup);
        long id = task.get("id").asLong();
        int seen = task.get("version").asInt();
        setup.author().post("/api/v4/tasks/" + id + "/comments",
                "{\"subscribers_added\": [%d]}".formatted(setup.approver().memberId));
        ApiCaller.Reply first = setup.approver().post("/api/v4/tasks/" + id + "/comments",
                "{\"expected_version\": %d, \"field_updates\": [{\"id\": 2, \"value\": 1500}]}".formatted(seen));
        assertThat(first.status()).as(first.body()).isEqualTo(200);

        ApiCaller.Reply stale = setup.author().post("/api/v4/tasks/" + id + "/comments",
                "{\"expected_version\": %d, \"field_updates\": [{\"id\": 2, \"value\": 1700}]}".formatted(seen));

        assertThat(stale.status()).as(stale.body()).isEqualTo(409);
        assertThat(stale.json().get("error_code").asString()).isEqualTo("task_changed_concurrently");
        JsonNode current = setup.author().get("/api/v4/tasks/" + id).json().get("task");
        assertThat(field(current, 2).get("value").decimalValue()).isEqualByComparingTo("1500");
    }

    @Test
    void approverReassignsAndApproves() {
        Setup setup = setup();
        long id = create(setup).get("id").asLong();

        ApiCaller.Reply reassigned = setup.approver().post("/api/v4/tasks/" + id + "/comments",
                "{\"text\": \"Передаю\", \"reassign_to\": {\"email\": \"%s\"}}".formatted(setup.deputy().email));
        assertThat(reassigned.status()).as(reassigned.body()).isEqualTo(200);
        JsonNode afterReassign = reassigned.json().get("task");
        JsonNode comments = afterReassign.get("comments");
        assertThat(afterReassign.get("responsible").get("id").asLong()).isEqualTo(setup.deputy().memberId);
        assertThat(comments.get(comments.size() - 1).get("reassigned_to").get("id").asLong())
                .isEqualTo(setup.deputy().memberId);

        ApiCaller.Reply approved = setup.deputy().post("/v4/tasks/" + id + "/comments",
                "{\"approval_choice\": \"approved\"}");

        assertThat(approved.status()).as(approved.body()).isEqualTo(200);
        assertThat(approved.json().get("task").get("is_closed").asBoolean()).isTrue();
        assertThat(approved.json().get("task").get("close_date").asString()).matches(DATE_TIME);
    }

    @Test
    void finishedTaskReopensAndTakesSubscribers() {
        Setup setup = setup();
        ApiCaller.Reply created = setup.author().post("/api/v4/tasks", "{\"text\": \"Простая задача\"}");
        long id = created.json().get("task").get("id").asLong();

        JsonNode finished = setup.author().post("/api/v4/tasks/" + id + "/comments",
                "{\"action\": \"finished\", \"subscribers_added\": [{\"id\": %d}]}"
                        .formatted(setup.deputy().memberId)).json().get("task");
        JsonNode reopened = setup.author().post("/api/v4/tasks/" + id + "/comments",
                "{\"action\": \"reopened\", \"subscribers_removed\": [%d], \"due_date\": \"2026-12-31\"}"
                        .formatted(setup.deputy().memberId)).json().get("task");

        assertThat(finished.get("is_closed").asBoolean()).isTrue();
        assertThat(finished.get("subscribers")).hasSize(1);
        assertThat(reopened.get("is_closed").asBoolean()).isFalse();
        assertThat(reopened.get("subscribers")).isEmpty();
        assertThat(reopened.get("due_date").asString()).isEqualTo("2026-12-31");
        JsonNode last = reopened.get("comments").get(reopened.get("comments").size() - 1);
        assertThat(last.get("action").asString()).isEqualTo("reopened");
        assertThat(last.get("subscribers_removed").get(0).get("id").asLong()).isEqualTo(setup.deputy().memberId);
    }

    @Test
    void memberOfAnotherTeamCannotReadTask() {
        Setup setup = setup();
        long id = create(setup).get("id").asLong();

        ApiCaller.Reply reply = setup.outsider().get("/api/v4/tasks/" + id, "en");
        ApiCaller.Reply comment = setup.outsider().post("/v4/tasks/" + id + "/comments", "{\"text\": \"Привет\"}");

        assertThat(reply.status()).isEqualTo(403);
        assertThat(reply.json().get("error_code").asString()).isEqualTo("access_denied_task");
        assertThat(comment.status()).isEqualTo(403);
        assertThat(setup.outsider().get("/api/v4/inbox").json().get("tasks").findValues("id"))
                .noneMatch(taskId -> taskId.asLong() == id);
        assertThat(setup.approver().get("/api/v4/inbox").json().get("tasks").findValues("id"))
                .anyMatch(taskId -> taskId.asLong() == id);
    }

    private static JsonNode withoutComments(JsonNode task) {
        ObjectNode copy = (ObjectNode) task.deepCopy();
        copy.remove("comments");
        return copy;
    }
}
