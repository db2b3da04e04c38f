package io.potok.workflow.web;

import static io.potok.PageRequests.signedInAs;
import static io.potok.RouteFixtures.step;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import io.potok.PotokTest;
import io.potok.RouteFixtures;
import io.potok.forms.AccessLevel;
import io.potok.forms.Condition;
import io.potok.forms.Form;
import io.potok.forms.FormDefinition;
import io.potok.forms.FormDrafts;
import io.potok.forms.FormGrant;
import io.potok.forms.Forms;
import io.potok.forms.RouteDefinition;
import io.potok.forms.RouteDefinition.Assignees;
import io.potok.identity.CurrentMember;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

@PotokTest
@AutoConfigureMockMvc
class RouteDesignerPageTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    Forms forms;

    @Autowired
    FormDrafts drafts;

    @Autowired
    JsonMapper json;

    RouteFixtures fixtures;
    long engineer;
    long accountant;
    Form form;
    CurrentMember admin;

    @BeforeEach
    void repairsForm() {
        fixtures = new RouteFixtures(jdbc, forms);
        engineer = fixtures.member("Egor");
        accountant = fixtures.member("Anna");
        form = fixtures.form(
                step(1, "Repair", null, Assignees.anyOf(engineer)),
                step(2, "Invoice", RouteFixtures.paid(), Assignees.anyOf(accountant)));
        admin = fixtures.signedIn(fixtures.member("Olga"), true);
    }

    @Test
    void showsStepsToOrganisationAdministrator() throws Exception {
        String page = mvc.perform(get("/forms/" + form.id() + "/design/route").with(signedInAs(admin)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();

        assertThat(page).contains("id=\"route-designer\"").contains("Invoice").contains("Egor Tester")
                .contains("href=\"/forms/" + form.id() + "/design\"").contains("Маршрут формы");
    }

    @Test
    void savesRouteIntoDraftKeepingFields() throws Exception {
        String route = """
                {"steps": [
                  {"number": 2, "name": "Invoice first", "assignees": [{"who": {"kind": "role", "roleId": 5}}],
                   "dueHours": 4, "businessHours": true},
                  {"number": 1, "name": "Repair", "assignees": [{"who": {"kind": "author"}}], "rejectToStep": 2,
                   "condition": {"kind": "any", "conditions": [
                     {"kind": "field", "fieldId": 1, "operator": "equals", "values": ["2"]},
                     {"kind": "field", "fieldId": 2, "operator": "greater", "values": ["1000"]}]}}]}""";

        mvc.perform(post("/forms/" + form.id() + "/design/route").with(signedInAs(admin)).with(csrf())
                        .contentType(MediaType.APPLICATION_JSON).content(route))
                .andExpect(status().isOk());

        FormDefinition draft = drafts.find(fixtures.org, form.id()).orElseThrow().definition();
        assertThat(draft.fields()).isEqualTo(form.definition().fields());
        RouteDefinition.Step first = draft.route().steps().get(0);
        RouteDefinition.Step second = draft.route().steps().get(1);
        assertThat(first.number()).isEqualTo(1);
        assertThat(first.name()).isEqualTo("Invoice first");
        assertThat(first.dueHours()).isEqualTo(4);
        assertThat(first.countsBusinessHours()).isTrue();
        assertThat(second.number()).isEqualTo(2);
        assertThat(second.rejectToStep()).isEqualTo(1);
        assertThat(second.condition()).isInstanceOf(Condition.Any.class);
        assertThat(forms.find(fixtures.org, form.id()).orElseThrow().definition().route().steps().get(0).name())
                .isEqualTo("Repair");
    }

    @Test
    void formAdministratorMayEditRoute() throws Exception {
        long formAdmin = fixtures.member("Fedor");
        forms.grant(fixtures.org, form.id(), FormGrant.member(formAdmin, AccessLevel.ADMIN));

        mvc.perform(get("/forms/" + form.id() + "/design/route").with(signedInAs(fixtures.signedIn(formAdmin, false))))
                .andExpect(status().isOk());
    }

    @Test
    void rejectsFormManagerWhoIsNotAdministrator() throws Exception {
        long manager = fixtures.member("Maria");
        forms.grant(fixtures.org, form.id(), FormGrant.member(manager, AccessLevel.MANAGER));
        CurrentMember signedIn = fixtures.signedIn(manager, false);

        mvc.perform(get("/forms/" + form.id() + "/design/route").with(signedInAs(signedIn)))
                .andExpect(status().isForbidden());
        mvc.perform(post("/forms/" + form.id() + "/design/route").with(signedInAs(signedIn)).with(csrf())
                        .contentType(MediaType.APPLICATION_JSON).content("{\"steps\": []}"))
                .andExpect(status().isForbidden());
        assertThat(drafts.find(fixtures.org, form.id())).isEmpty();
    }

    @Test
    void rejectsSaveWithoutCsrfToken() throws Exception {
        mvc.perform(post("/forms/" + form.id() + "/design/route").with(signedInAs(admin))
                        .contentType(MediaType.APPLICATION_JSON).content("{\"steps\": []}"))
                .andExpect(status().isForbidden());

        assertThat(drafts.find(fixtures.org, form.id())).isEmpty();
    }

    @Test
    void testModeTakesStepForPaidRepair() throws Exception {
        JsonNode steps = test("""
                {"fields": [{"id": 1, "value": {"choice_ids": [2]}}, {"id": 2, "value": 1500}]}""");

        assertThat(steps).hasSize(2);
        assertThat(steps.get(0).get("outcome").asString()).isEqualTo("taken");
        assertThat(steps.get(0).get("assignees").get(0).asString()).isEqualTo("Egor Tester");
        assertThat(steps.get(1).get("outcome").asString()).isEqualTo("taken");
        assertThat(steps.get(1).get("name").asString()).isEqualTo("Invoice");
        assertThat(steps.get(1).get("assignees").get(0).asString()).isEqualTo("Anna Tester");
    }

    @Test
    void testModeSkipsStepForWarranty() throws Exception {
        JsonNode steps = test("""
                {"fields": [{"id": 1, "value": {"choice_ids": [1]}}]}""");

        assertThat(steps.get(0).get("outcome").asString()).isEqualTo("taken");
        assertThat(steps.get(1).get("outcome").asString()).isEqualTo("condition_false");
        assertThat(steps.get(1).get("explanation").asString()).contains("условие этапа не выполнено");
        assertThat(steps.get(1).get("assignees")).isEmpty();
    }

    @Test
    void testModeUsesPostedRouteAndAuthor() throws Exception {
        long author = fixtures.member("Boris");
        JsonNode steps = test("""
                {"authorId": %d, "route": {"steps": [
                  {"number": 1, "name": "Own check", "assignees": [{"who": {"kind": "author"}}]},
                  {"number": 2, "name": "Engineer", "assignees": [{"who": {"kind": "person_field", "fieldId": 3}}]}]},
                 "fields": []}""".formatted(author));

        assertThat(steps.get(0).get("assignees").get(0).asString()).isEqualTo("Boris Tester");
        assertThat(steps.get(0).get("explanation").asString()).contains("автоматически");
        assertThat(steps.get(1).get("outcome").asString()).isEqualTo("no_assignee");
    }

    @Test
    void testModeReportsInvalidSampleValue() throws Exception {
        String body = mvc.perform(post("/forms/" + form.id() + "/design/route/test").with(signedInAs(admin))
                        .with(csrf()).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"fields\": [{\"id\": 2, \"value\": \"lots\"}]}"))
                .andExpect(status().is4xxClientError()).andReturn().getResponse().getContentAsString();

        assertThat(json.readTree(body).get("error").asString()).contains("Cost");
    }

    private JsonNode test(String request) throws Exception {
        String body = mvc.perform(post("/forms/" + form.id() + "/design/route/test").with(signedInAs(admin))
                        .with(csrf()).contentType(MediaType.APPLICATION_JSON).content(request))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        return json.readTree(body).get("steps");
    }
}
