package io.potok.tasks.web;

import static io.potok.PageRequests.signedInAs;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.ZoneId;
import java.util.List;
import java.util.Locale;

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
import io.potok.forms.RouteDefinition.AssigneeRule;
import io.potok.forms.RouteDefinition.Assignees;
import io.potok.forms.RouteDefinition.Step;
import io.potok.identity.CurrentMember;
import io.potok.tasks.NewTask;
import io.potok.tasks.TaskView;
import io.potok.tasks.Tasks;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.json.JsonMapper;

/**
 * A formula field on the task page: shown as a computed value, not posted back, and a formula that fails on
 * the entered values shows its message beside the field.
 */
@PotokTest
@AutoConfigureMockMvc
class FormulaPageTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    Forms forms;

    @Autowired
    Tasks tasks;

    @Autowired
    JsonMapper json;

    CurrentMember author;
    TaskView task;

    @BeforeEach
    void createTask() {
        TestOrganizations organizations = new TestOrganizations(jdbc);
        long org = organizations.organization();
        author = new CurrentMember(organizations.member(org, null), org, "formula@test.local", "Author", false,
                Locale.forLanguageTag("ru"), ZoneId.of("Europe/Moscow"));
        FormDefinition definition = new FormDefinition(List.of(
                FieldDefinition.of(1, "Сумма", FieldType.MONEY).withCode("amount"),
                FieldDefinition.of(2, "Количество", FieldType.NUMBER).withCode("quantity"),
                FieldDefinition.of(3, "Цена за штуку", FieldType.MONEY)
                        .withInfo(FieldSettings.decimals(2).withFormula("amount / quantity"))),
                new RouteDefinition(List.of(new Step(1, "Проверка", null,
                        List.of(new AssigneeRule(null, Assignees.author())), null))));
        Form form = forms.create(org, "Формулы на странице", definition, null);
        forms.grant(org, form.id(), FormGrant.member(author.memberId(), AccessLevel.MEMBER));
        task = tasks.create(author, NewTask.onForm(form.id(), List.of(
                json.createObjectNode().put("id", 1).put("value", "100"),
                json.createObjectNode().put("id", 2).put("value", "3"))));
    }

    @Test
    void pageShowsComputedValue() throws Exception {
        String page = mvc.perform(get("/tasks/" + task.id()).with(signedInAs(author)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();

        assertThat(page).contains("33.33");
        assertThat(page).doesNotContain("name=\"f3\"");
    }

    @Test
    void saveComputesFormula() throws Exception {
        mvc.perform(post("/tasks/" + task.id() + "/fields").param("version", String.valueOf(task.version()))
                        .param("f1", "100").param("f2", "8")
                        .with(signedInAs(author)).with(csrf()))
                .andExpect(status().is3xxRedirection());

        String page = mvc.perform(get("/tasks/" + task.id()).with(signedInAs(author)))
                .andReturn().getResponse().getContentAsString();
        assertThat(page).contains("12.50");
    }

    @Test
    void divisionByZeroShowsMessageBesideField() throws Exception {
        String page = mvc.perform(post("/tasks/" + task.id() + "/fields").param("version", String.valueOf(task.version()))
                        .param("f1", "100").param("f2", "0")
                        .with(signedInAs(author)).with(csrf()))
                .andExpect(status().isUnprocessableContent())
                .andReturn().getResponse().getContentAsString();

        assertThat(page).contains("id=\"error-3\"");
        assertThat(page).contains("формула «amount / quantity» делит на ноль");
        assertThat(page).contains("name=\"f2\" value=\"0\"");
    }

    @Test
    void liveFormComputesTableFormulaCells() throws Exception {
        FieldDefinition works = FieldDefinition.of(10, "Работы", FieldType.TABLE).withFields(List.of(
                FieldDefinition.of(11, "Часы", FieldType.NUMBER).withCode("hours"),
                FieldDefinition.of(12, "Ставка", FieldType.MONEY).withCode("rate"),
                FieldDefinition.of(13, "Стоимость с НДС", FieldType.MONEY)
                        .withInfo(FieldSettings.decimals(2).withFormula("hours * rate * 1.2"))));
        Form form = forms.create(author.orgId(), "Работы с формулой", new FormDefinition(List.of(works),
                RouteDefinition.NONE), null);
        forms.grant(author.orgId(), form.id(), FormGrant.member(author.memberId(), AccessLevel.MEMBER));

        String live = mvc.perform(post("/forms/" + form.id() + "/live")
                        .param("f10.r0.c11", "").param("f10.r0.c12", "")
                        .param("f10.r1.c11", "2").param("f10.r1.c12", "1000")
                        .param("f10.r2.c11", "0.5").param("f10.r2.c12", "99.99")
                        .with(signedInAs(author)).with(csrf()))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();

        assertThat(json.readTree(live).path("cells").path("field-10-1-13").asString()).isEqualTo("2400.00");
        assertThat(json.readTree(live).path("cells").path("field-10-2-13").asString()).isEqualTo("59.99");
        assertThat(json.readTree(live).path("cells").has("field-10-0-13")).isFalse();
    }

    @Test
    void liveFormNamesFailedFormula() throws Exception {
        String live = mvc.perform(post("/tasks/" + task.id() + "/live")
                        .param("f1", "100").param("f2", "0")
                        .with(signedInAs(author)).with(csrf()))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();

        String message = json.readTree(live).path("errors").path("3").asString();
        assertThat(message).contains("Цена за штуку");
        assertThat(message).contains("amount / quantity");
        assertThat(json.readTree(live).path("computed").path("3").asString()).isEmpty();
    }
}
