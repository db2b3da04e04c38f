package io.potok.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.Charset;
import java.util.ArrayList;
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

@PotokTest
class RegisterApiTests {

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    Forms forms;

    private record Setup(ApiCaller author, ApiCaller outsider, Form form, List<Long> taskIds) {
    }

    /**
     * Three open orders of the author with totals 100, 200 and 300, and one of a member of another team, all
     * waiting for a reviewer.
     */
    private Setup setup() {
        TestOrganizations people = new TestOrganizations(jdbc);
        long org = people.organization();
        ApiCaller author = ApiCaller.create(jdbc, port, org, people.department(org, null, null), false);
        ApiCaller outsider = ApiCaller.create(jdbc, port, org, people.department(org, null, null), false);
        long reviewer = people.member(org, null);
        FormDefinition definition = new FormDefinition(List.of(
                FieldDefinition.of(1, "Клиент", FieldType.TEXT),
                FieldDefinition.of(2, "Сумма", FieldType.MONEY).withInfo(FieldSettings.decimals(2))),
                new RouteDefinition(List.of(new RouteDefinition.Step(1, "Проверка", null, List.of(
                        new RouteDefinition.AssigneeRule(null, RouteDefinition.Assignees.anyOf(reviewer))), null))));
        Form form = forms.create(org, "Заказы " + System.nanoTime(), definition, null);
        forms.grant(org, form.id(), FormGrant.everyone(AccessLevel.MEMBER));
        List<Long> ids = new ArrayList<>();
        for (String[] order : new String[][] {{"Ромашка", "100"}, {"Лютик", "200"}, {"Василёк", "300"}}) {
            ids.add(create(author, form, order[0], order[1]));
        }
        create(outsider, form, "Чужой клиент", "250");
        return new Setup(author, outsider, form, ids);
    }

    private static long create(ApiCaller caller, Form form, String client, String total) {
        ApiCaller.Reply reply = caller.post("/api/v4/tasks", """
                {"form_id": %d, "fields": [{"id": 1, "value": "%s"}, {"id": 2, "value": %s}]}
                """.formatted(form.id(), client, total));
        assertThat(reply.status()).as(reply.body()).isEqualTo(200);
        return reply.json().get("task").get("id").asLong();
    }

    private static List<Long> ids(JsonNode register) {
        List<Long> ids = new ArrayList<>();
        register.get("tasks").forEach(task -> ids.add(task.get("id").asLong()));
        return ids;
    }

    @Test
    void registerListsVisibleTasksWithFields() {
        Setup setup = setup();

        JsonNode register = setup.author().get("/api/v4/forms/" + setup.form().id() + "/register").json();

        assertThat(ids(register)).containsExactlyInAnyOrderElementsOf(setup.taskIds());
        JsonNode task = register.get("tasks").get(0);
        assertThat(task.get("create_date").asString()).matches("\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}Z");
        assertThat(task.get("fields").get(0).get("type").asString()).isEqualTo("text");
        assertThat(task.get("fields").get(1).get("value").isNumber()).isTrue();
        assertThat(register.has("next_cursor")).isFalse();
    }

    @Test
    void filterSortAndCursorPageThroughRegister() {
        Setup setup = setup();
        String base = "/api/v4/forms/" + setup.form().id() + "/register?fld2=gt150&sort=fld2&item_count=1";

        JsonNode first = setup.author().get(base).json();
        JsonNode second = setup.author().get(base + "&cursor=" + first.get("next_cursor").asString()).json();

        assertThat(ids(first)).containsExactly(setup.taskIds().get(1));
        assertThat(ids(second)).containsExactly(setup.taskIds().get(2));
        assertThat(second.has("next_cursor")).isFalse();
    }

    @Test
    void postBodyTakesTheSameParameters() {
        Setup setup = setup();

        ApiCaller.Reply reply = setup.author().post("/v4/forms/" + setup.form().id() + "/register",
                "{\"fld2\": \"lt250\", \"sort\": \"-fld2\", \"field_ids\": [2]}");

        assertThat(reply.status()).as(reply.body()).isEqualTo(200);
        assertThat(ids(reply.json())).containsExactly(setup.taskIds().get(1), setup.taskIds().get(0));
        assertThat(reply.json().get("tasks").get(0).get("fields")).hasSize(1);
    }

    @Test
    void csvExportUsesDelimiterAndEncoding() {
        Setup setup = setup();
        String path = "/api/v4/forms/" + setup.form().id()
                + "/register?format=csv&delimiter=|&encoding=windows-1251&fld2=gt150";

        ApiCaller.Download csv = setup.author().download(path);

        String text = new String(csv.content(), Charset.forName("windows-1251"));
        assertThat(csv.status()).isEqualTo(200);
        assertThat(text).contains("Лютик").contains("Василёк").doesNotContain("Ромашка").doesNotContain("Чужой");
        assertThat(text.lines().skip(1).findFirst().orElseThrow()).contains("|");
    }

    @Test
    void memberOfAnotherTeamDoesNotSeeTasksInRegister() {
        Setup setup = setup();

        JsonNode register = setup.outsider().get("/api/v4/forms/" + setup.form().id() + "/register").json();
        ApiCaller.Download csv = setup.outsider().download("/api/v4/forms/" + setup.form().id()
                + "/register?format=csv");

        assertThat(ids(register)).hasSize(1).doesNotContainAnyElementsOf(setup.taskIds());
        assertThat(new String(csv.content(), java.nio.charset.StandardCharsets.UTF_8))
                .contains("Чужой клиент").doesNotContain("Ромашка");
    }

    @Test
    void invalidFilterNamesParameter() {
        Setup setup = setup();

        ApiCaller.Reply reply = setup.author().get("/api/v4/forms/" + setup.form().id() + "/register?fld2=gtмного",
                "en");

        assertThat(reply.status()).isEqualTo(400);
        assertThat(reply.json().get("error_code").asString()).isEqualTo("invalid_filter");
        assertThat(reply.json().get("error").asString()).contains("fld2").contains("много");
    }
}
