package io.potok.tasks.web;

import static io.potok.PageRequests.signedInAs;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import io.potok.PotokTest;
import io.potok.catalogs.Catalogs;
import io.potok.forms.Forms;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

@PotokTest
@AutoConfigureMockMvc
class NewTaskPageTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    Forms forms;

    @Autowired
    Catalogs catalogs;

    TaskFormFixtures fixtures;

    @BeforeEach
    void createFixtures() {
        fixtures = new TaskFormFixtures(jdbc, forms, catalogs);
    }

    private String newTaskPage(io.potok.identity.CurrentMember member) throws Exception {
        return mvc.perform(get("/tasks/new").param("form", String.valueOf(fixtures.form.id())).with(signedInAs(member)))
                .andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
    }

    @Test
    void rendersEveryFieldTypeInRussian() throws Exception {
        String page = newTaskPage(fixtures.user);

        assertThat(page).contains("<html lang=\"ru\">").contains("Создать задачу");
        assertThat(page).contains("<input type=\"text\" id=\"field-1\" name=\"f1\"");
        assertThat(page).contains("<textarea id=\"field-2\" name=\"f2\"");
        assertThat(page).contains("inputmode=\"decimal\" id=\"field-3\"");
        assertThat(page).contains("type=\"date\" id=\"field-4\"").contains("type=\"time\" id=\"field-5\"");
        assertThat(page).contains("type=\"date\" id=\"field-6\"");
        assertThat(page).contains("type=\"datetime-local\" id=\"field-7\"").contains("Asia/Yekaterinburg");
        assertThat(page).contains("type=\"checkbox\" id=\"field-8\"");
        assertThat(page).contains("<select id=\"field-9\"").contains("<select id=\"field-10\"");
        assertThat(page).contains("<div class=\"choices\" id=\"field-11\"");
        assertThat(page).contains("<select id=\"field-12\"").contains(String.valueOf(fixtures.outsider.memberId()));
        assertThat(page).contains("id=\"field-13-search\"");
        assertThat(page).contains("<fieldset class=\"section\" id=\"field-20\" data-field=\"20\">").contains("type=\"email\" id=\"field-21\"")
                .contains("type=\"tel\" id=\"field-22\"").contains("Call before delivery");
        assertThat(page).contains("data-table=\"30\"").contains("<tr data-row=\"0\">").contains("id=\"add-row-30\"")
                .contains("id=\"row-template-30\"").contains("name=\"f30.r__ROW__.c32\"");
        assertThat(page).contains("data-product=\"32,33\"").contains("data-sum-of=\"34\"");
        assertThat(page).doesNotContain("id=\"field-50\"").doesNotContain("id=\"field-51\"");
        assertThat(page).contains("<span class=\"required\"");
    }

    @Test
    void rendersInEnglish() throws Exception {
        String page = newTaskPage(fixtures.inEnglish(fixtures.user));

        assertThat(page).contains("<html lang=\"en\">").contains("Create task").contains("Add row");
    }

    @Test
    void simpleTaskPageListsUsableForms() throws Exception {
        String page = mvc.perform(get("/tasks/new").with(signedInAs(fixtures.user)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();

        assertThat(page).contains("href=\"/tasks/new?form=" + fixtures.form.id() + "\"").contains("id=\"task-text\"");
    }

    @Test
    void memberWithoutAccessGetsForbidden() throws Exception {
        String page = mvc.perform(get("/tasks/new").param("form", String.valueOf(fixtures.form.id()))
                        .with(signedInAs(fixtures.outsider)))
                .andExpect(status().isForbidden())
                .andReturn().getResponse().getContentAsString();

        assertThat(page).contains("У вас нет доступа к форме " + fixtures.form.name());
        mvc.perform(post("/tasks/new").param("form", String.valueOf(fixtures.form.id())).param("f1", "x")
                        .with(signedInAs(fixtures.outsider)).with(csrf()))
                .andExpect(status().isForbidden());
        mvc.perform(get("/tasks/catalog-items").param("form", String.valueOf(fixtures.form.id()))
                        .param("field", "31").with(signedInAs(fixtures.outsider)))
                .andExpect(status().isForbidden());
    }

    @Test
    void unknownFormIsNotFound() throws Exception {
        mvc.perform(get("/tasks/new").param("form", "987654321").with(signedInAs(fixtures.user)))
                .andExpect(status().isNotFound());
    }

    @Test
    void postWithoutCsrfTokenIsForbidden() throws Exception {
        mvc.perform(post("/tasks/new").param("form", String.valueOf(fixtures.form.id())).param("f1", "x")
                        .with(signedInAs(fixtures.user)))
                .andExpect(status().isForbidden());
        mvc.perform(post("/tasks/new").param("text", "Call the client").with(signedInAs(fixtures.user)))
                .andExpect(status().isForbidden());
    }

    @Test
    void catalogSearchSuggestsItemsByKeyPrefix() throws Exception {
        String options = mvc.perform(get("/tasks/catalog-items").param("form", String.valueOf(fixtures.form.id()))
                        .param("field", "31").param("q", "capS").with(signedInAs(fixtures.user)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();

        assertThat(options).contains("Capsules Espresso").contains("Capsules Lungo").doesNotContain("Machine Barista");
        assertThat(options).contains("Price: 450 · Stock: 120");
        assertThat(options).doesNotContain("<html");
    }

    @Test
    void catalogSearchTreatsWildcardsLiterally() throws Exception {
        String options = mvc.perform(get("/tasks/catalog-items").param("form", String.valueOf(fixtures.form.id()))
                        .param("field", "13").param("q", "%").with(signedInAs(fixtures.user)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();

        assertThat(options).doesNotContain("catalog-option").contains("Ничего не найдено");
    }

    @Test
    void blankSimpleTaskKeepsInputAndShowsMessage() throws Exception {
        String page = mvc.perform(post("/tasks/new").param("text", " ").param("due", "2026-12-24")
                        .param("responsible", String.valueOf(fixtures.outsider.memberId()))
                        .with(signedInAs(fixtures.user)).with(csrf()))
                .andExpect(status().isBadRequest())
                .andReturn().getResponse().getContentAsString();

        assertThat(page).contains("id=\"error-text\"").contains("Напишите текст задачи.");
        assertThat(page).contains("value=\"2026-12-24\"");
        assertThat(page).contains("value=\"" + fixtures.outsider.memberId() + "\" selected");
    }

    @Test
    void rejectedValueKeepsInputAndShowsMessage() throws Exception {
        String page = mvc.perform(post("/tasks/new").param("form", String.valueOf(fixtures.form.id()))
                        .param("f1", "Order for the shop").param("f2", "Leave at the door")
                        .param("f3", "five").param("f10", "2")
                        .param("f30.r0.c32", "3").param("f30.r0.c33", "450,00")
                        .param("f30.r4.c32", "1")
                        .with(signedInAs(fixtures.user)).with(csrf()))
                .andExpect(status().isBadRequest())
                .andReturn().getResponse().getContentAsString();

        assertThat(page).contains("id=\"error-3\"").contains("Поле «Discount»: значение «five»");
        assertThat(page).contains("value=\"Order for the shop\"").contains(">Leave at the door</textarea>");
        assertThat(page).contains("id=\"field-3\" name=\"f3\" value=\"five\"");
        assertThat(page).contains("<option value=\"2\" selected>Retail</option>");
        assertThat(page).contains("name=\"f30.r0.c33\" value=\"450,00\"").contains("<tr data-row=\"4\">");
        assertThat(page).contains("data-next-row=\"5\"");
    }

    @Test
    void missingRequiredValueShowsMessageBesideField() throws Exception {
        String page = mvc.perform(post("/tasks/new").param("form", String.valueOf(fixtures.form.id()))
                        .param("f21", "buyer@example.com")
                        .with(signedInAs(fixtures.inEnglish(fixtures.user))).with(csrf()))
                .andExpect(status().isBadRequest())
                .andReturn().getResponse().getContentAsString();

        assertThat(page).contains("id=\"error-1\"").contains("Subject");
        assertThat(page).contains("value=\"buyer@example.com\"");
    }

    @Test
    void rejectedTableCellShowsMessageBesideTable() throws Exception {
        String page = mvc.perform(post("/tasks/new").param("form", String.valueOf(fixtures.form.id()))
                        .param("f1", "Order").param("f30.r0.c32", "two")
                        .with(signedInAs(fixtures.user)).with(csrf()))
                .andExpect(status().isBadRequest())
                .andReturn().getResponse().getContentAsString();

        assertThat(page).contains("id=\"error-30\"").contains("«Quantity»");
        assertThat(page).contains("name=\"f30.r0.c32\" value=\"two\"");
    }

    @Test
    void validFormPostCreatesTaskAndOpensIt() throws Exception {
        String location = mvc.perform(post("/tasks/new").param("form", String.valueOf(fixtures.form.id()))
                        .param("f1", "Order for the shop").param("f30.r0.c32", "3").param("f30.r0.c33", "450,50")
                        .with(signedInAs(fixtures.user)).with(csrf()))
                .andExpect(status().is3xxRedirection())
                .andReturn().getResponse().getRedirectedUrl();

        assertThat(location).matches("/tasks/\\d+");
        String page = mvc.perform(get(location).with(signedInAs(fixtures.user)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("value=\"Order for the shop\"").contains("name=\"f30.r0.c33\" value=\"450.50\"");
        assertThat(page).contains("id=\"field-40\"").contains(">1351.50</output>");
    }

    @Test
    void simpleTaskIsCreated() throws Exception {
        String location = mvc.perform(post("/tasks/new").param("text", "Call the client back")
                        .param("responsible", String.valueOf(fixtures.user.memberId())).param("due", "2026-12-24")
                        .with(signedInAs(fixtures.user)).with(csrf()))
                .andExpect(status().is3xxRedirection())
                .andReturn().getResponse().getRedirectedUrl();

        String page = mvc.perform(get(location).with(signedInAs(fixtures.user)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("Call the client back").contains("id=\"task-responsible\"");
    }
}
