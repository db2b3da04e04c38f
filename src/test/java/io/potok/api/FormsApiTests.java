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

@PotokTest
class FormsApiTests {

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    Forms forms;

    private record Setup(long org, ApiCaller member, ApiCaller outsider, Form form, Form hidden) {
    }

    private static final RouteDefinition.AssigneeRule AUTHOR =
            new RouteDefinition.AssigneeRule(null, RouteDefinition.Assignees.author());

    private static FormDefinition definition() {
        FieldDefinition quantity = FieldDefinition.of(11, "Количество", FieldType.NUMBER);
        FieldDefinition price = FieldDefinition.of(12, "Цена", FieldType.MONEY).withInfo(FieldSettings.decimals(2));
        return new FormDefinition(List.of(
                FieldDefinition.of(1, "Описание", FieldType.TEXT).withCode("description")
                        .withInfo(FieldSettings.multilineText()).requiredFrom(1),
                FieldDefinition.of(2, "Тип клиента", FieldType.MULTIPLE_CHOICE).withInfo(FieldSettings.choices(false,
                        List.of(new FieldSettings.ChoiceOption(1, "Розница"),
                                new FieldSettings.ChoiceOption(2, "Маркетплейс")))),
                FieldDefinition.of(3, "Клиент", FieldType.CATALOG).withInfo(FieldSettings.catalog(77)),
                FieldDefinition.of(10, "Строки", FieldType.TABLE).withFields(List.of(quantity, price)),
                FieldDefinition.of(20, "Доставка", FieldType.TITLE)
                        .withFields(List.of(FieldDefinition.of(21, "Адрес", FieldType.TEXT)))),
                new RouteDefinition(List.of(
                        new RouteDefinition.Step(1, "Менеджер", null, List.of(AUTHOR), null),
                        new RouteDefinition.Step(2, "Склад", null, List.of(AUTHOR), null))));
    }

    private Setup setup() {
        long org = new TestOrganizations(jdbc).organization();
        ApiCaller member = ApiCaller.create(jdbc, port, org, null, false);
        ApiCaller outsider = ApiCaller.create(jdbc, port, org, null, false);
        Form form = forms.create(org, "Заказы", definition(), null);
        forms.grant(org, form.id(), FormGrant.member(member.memberId, AccessLevel.MEMBER));
        Form hidden = forms.create(org, "Кадры", definition(), null);
        return new Setup(org, member, outsider, form, hidden);
    }

    private static JsonNode field(JsonNode fields, int id) {
        for (JsonNode field : fields) {
            if (field.get("id").asInt() == id) {
                return field;
            }
        }
        throw new AssertionError("No field " + id + " in " + fields);
    }

    @Test
    void listShowsOnlyUsableForms() {
        Setup setup = setup();

        JsonNode list = setup.member().get("/api/v4/forms").json().get("forms");

        assertThat(list).hasSize(1);
        assertThat(list.get(0).get("id").asLong()).isEqualTo(setup.form().id());
        assertThat(setup.outsider().get("/api/v4/forms").json().get("forms")).isEmpty();
    }

    @Test
    void formHasStepsAndFieldSettings() {
        Setup setup = setup();

        JsonNode form = setup.member().get("/api/v4/forms/" + setup.form().id()).json();

        assertThat(form.get("name").asString()).isEqualTo("Заказы");
        assertThat(form.get("steps").get("1").asString()).isEqualTo("Менеджер");
        assertThat(form.get("steps").get("2").asString()).isEqualTo("Склад");
        assertThat(form.get("deleted_or_closed").asBoolean()).isFalse();

        JsonNode text = field(form.get("fields"), 1);
        assertThat(text.get("type").asString()).isEqualTo("text");
        assertThat(text.get("info").get("code").asString()).isEqualTo("description");
        assertThat(text.get("info").get("multiline").asBoolean()).isTrue();
        assertThat(text.get("info").get("required_step").asInt()).isEqualTo(1);

        JsonNode choice = field(form.get("fields"), 2).get("info");

        assertThat(choice.get("multiple_choice").asBoolean()).isFalse();
        assertThat(choice.get("options").get(1).get("choice_id").asInt()).isEqualTo(2);
        assertThat(choice.get("options").get(1).get("choice_value").asString()).isEqualTo("Маркетплейс");

        assertThat(field(form.get("fields"), 3).get("info").get("catalog_id").asLong()).isEqualTo(77);
    }

    @Test
    void tableColumnsAndTitleFieldsAreNested() {
        Setup setup = setup();

        JsonNode fields = setup.member().get("/v4/forms/" + setup.form().id()).json().get("fields");

        JsonNode columns = field(fields, 10).get("info").get("columns");
        assertThat(columns).hasSize(2);
        assertThat(columns.get(1).get("info").get("decimal_places").asInt()).isEqualTo(2);
        assertThat(columns.get(1).get("parent_id").asInt()).isEqualTo(10);
        JsonNode grouped = field(fields, 20).get("info").get("fields");
        assertThat(grouped.get(0).get("name").asString()).isEqualTo("Адрес");
    }

    @Test
    void formWithoutAccessIsDenied() {
        Setup setup = setup();

        ApiCaller.Reply reply = setup.member().get("/api/v4/forms/" + setup.hidden().id(), "en");

        assertThat(reply.status()).isEqualTo(403);
        assertThat(reply.json().get("error_code").asString()).isEqualTo("access_denied_form");
        assertThat(reply.json().get("error").asString()).contains(String.valueOf(setup.hidden().id()));
    }

    @Test
    void foreignFormIsNotFound() {
        Setup mine = setup();
        Setup theirs = setup();

        ApiCaller.Reply reply = mine.member().get("/api/v4/forms/" + theirs.form().id());

        assertThat(reply.status()).isEqualTo(404);
        assertThat(reply.json().get("error_code").asString()).isEqualTo("form_not_found");
    }
}
