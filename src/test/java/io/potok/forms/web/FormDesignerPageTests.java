package io.potok.forms.web;

import static io.potok.PageRequests.signedInAs;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import java.util.UUID;

import io.potok.PotokTest;
import io.potok.forms.FieldDefinition;
import io.potok.forms.FieldType;
import io.potok.forms.Form;
import io.potok.forms.FormDrafts;
import io.potok.forms.FormHistoryEntry;
import io.potok.forms.Forms;
import io.potok.identity.CurrentMember;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

@PotokTest
@AutoConfigureMockMvc
class FormDesignerPageTests {

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

    DesignerFixtures fixtures;

    @BeforeEach
    void createFixtures() {
        fixtures = new DesignerFixtures(jdbc, forms);
    }

    private String page(MockHttpServletRequestBuilder request, CurrentMember member) throws Exception {
        return mvc.perform(request.with(signedInAs(member)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
    }

    private JsonNode saveDraft(CurrentMember member, String body) throws Exception {
        String saved = mvc.perform(put("/forms/" + fixtures.form.id() + "/design/draft").with(signedInAs(member))
                        .with(csrf()).contentType(MediaType.APPLICATION_JSON).content(body))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        return json.readTree(saved);
    }

    private Form current() {
        return forms.find(fixtures.orgId, fixtures.form.id()).orElseThrow();
    }

    @Test
    void createsEmptyFormAndOpensDesigner() throws Exception {
        String name = "Ремонт кофемашин " + UUID.randomUUID();

        String location = mvc.perform(post("/forms").param("name", "  " + name + " ")
                        .with(signedInAs(fixtures.orgAdmin)).with(csrf()))
                .andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl();

        Form created = forms.list(fixtures.orgId).stream().filter(form -> form.name().equals(name))
                .findFirst().orElseThrow();
        assertThat(location).isEqualTo("/forms/" + created.id() + "/design");
        assertThat(created.version()).isEqualTo(1);
        assertThat(created.definition().fields()).isEmpty();
        String designer = page(get(location), fixtures.orgAdmin);
        assertThat(designer).contains("x-data=\"potokDesigner\"").contains(name).contains("Опубликовать");
    }

    @Test
    void formsListOffersCreateOnlyToOrganisationAdmins() throws Exception {
        String adminPage = page(get("/forms"), fixtures.orgAdmin);
        String formAdminPage = page(get("/forms"), fixtures.formAdmin);
        String managerPage = page(get("/forms"), fixtures.manager);

        assertThat(adminPage).contains("id=\"create-form\"").contains("id=\"design-" + fixtures.form.id() + "\"");
        assertThat(formAdminPage).doesNotContain("id=\"create-form\"")
                .contains("id=\"design-" + fixtures.form.id() + "\"")
                .contains("id=\"archive-" + fixtures.form.id() + "\"");
        assertThat(managerPage).contains("id=\"registry-" + fixtures.form.id() + "\"")
                .doesNotContain("id=\"design-" + fixtures.form.id() + "\"")
                .doesNotContain("id=\"archive-" + fixtures.form.id() + "\"");
    }

    @Test
    void rejectsBlankFormName() throws Exception {
        String page = mvc.perform(post("/forms").param("name", "   ").with(signedInAs(fixtures.orgAdmin)).with(csrf()))
                .andExpect(status().isBadRequest()).andReturn().getResponse().getContentAsString();

        assertThat(page).contains("Название формы пустое");
    }

    @Test
    void renamesArchivesAndRestoresForm() throws Exception {
        long id = fixtures.form.id();
        String newName = "Ремонт и обслуживание " + UUID.randomUUID();

        mvc.perform(post("/forms/" + id + "/rename").param("name", newName)
                        .with(signedInAs(fixtures.formAdmin)).with(csrf()))
                .andExpect(redirectedUrl("/forms"));
        assertThat(current().name()).isEqualTo(newName);

        mvc.perform(post("/forms/" + id + "/archive").with(signedInAs(fixtures.formAdmin)).with(csrf()))
                .andExpect(redirectedUrl("/forms"));
        assertThat(current().archived()).isTrue();
        String archivedList = page(get("/forms"), fixtures.formAdmin);
        assertThat(archivedList).contains("id=\"archived-forms\"").contains("id=\"restore-" + id + "\"")
                .doesNotContain("id=\"new-task-" + id + "\"");

        mvc.perform(post("/forms/" + id + "/restore").with(signedInAs(fixtures.formAdmin)).with(csrf()))
                .andExpect(redirectedUrl("/forms"));
        assertThat(current().archived()).isFalse();
        assertThat(page(get("/forms"), fixtures.formAdmin)).contains("id=\"new-task-" + id + "\"");
        assertThat(forms.history(fixtures.orgId, id)).extracting(FormHistoryEntry::action)
                .containsSubsequence("restored", "archived", "renamed");
    }

    @Test
    void savesAndReadsDraftAsJson() throws Exception {
        JsonNode saved = saveDraft(fixtures.formAdmin, DesignerFixtures.draftWithSection("Диагностика"));

        assertThat(saved.path("hasDraft").asBoolean()).isTrue();
        assertThat(saved.path("baseVersion").asInt()).isEqualTo(1);
        assertThat(saved.path("savedAtText").asString()).matches("\\d\\d\\.\\d\\d\\.\\d{4} \\d\\d:\\d\\d:\\d\\d");
        assertThat(saved.path("nextFieldId").asInt()).isEqualTo(5);
        assertThat(current().version()).isEqualTo(1);
        FieldDefinition section = drafts.draftOrCurrent(fixtures.orgId, fixtures.form.id()).field(3).orElseThrow();
        assertThat(section.type()).isEqualTo(FieldType.TITLE);
        assertThat(section.fields()).extracting(FieldDefinition::name).containsExactly("Неисправность");
        assertThat(section.fields().get(0).visibleWhen()).isNotNull();

        String read = page(get("/forms/" + fixtures.form.id() + "/design/draft"), fixtures.formAdmin);
        JsonNode loaded = json.readTree(read);
        assertThat(loaded.path("definition").path("fields").get(2).path("name").asString()).isEqualTo("Диагностика");
        assertThat(loaded.path("savedAt").asString()).isEqualTo(saved.path("savedAt").asString());
    }

    @Test
    void keepsFieldIdsAboveEveryVersion() throws Exception {
        forms.publish(fixtures.orgId, fixtures.form.id(), new io.potok.forms.FormDefinition(
                List.of(FieldDefinition.of(9, "Удалённое позже", FieldType.TEXT)), null), fixtures.orgAdmin.memberId());
        forms.publish(fixtures.orgId, fixtures.form.id(), DesignerFixtures.REPAIR, fixtures.orgAdmin.memberId());

        String read = page(get("/forms/" + fixtures.form.id() + "/design/draft"), fixtures.formAdmin);

        assertThat(json.readTree(read).path("nextFieldId").asInt()).isEqualTo(10);
    }

    @Test
    void rejectsStaleDraftSave() throws Exception {
        JsonNode first = saveDraft(fixtures.formAdmin, DesignerFixtures.draftWithSection("Первая"));
        saveDraft(fixtures.orgAdmin, DesignerFixtures.draftWithSection("Вторая"));

        mvc.perform(put("/forms/" + fixtures.form.id() + "/design/draft").with(signedInAs(fixtures.formAdmin))
                        .with(csrf()).header("X-Draft-Saved-At", first.path("savedAt").asString())
                        .contentType(MediaType.APPLICATION_JSON).content(DesignerFixtures.draftWithSection("Третья")))
                .andExpect(status().isConflict());

        assertThat(drafts.draftOrCurrent(fixtures.orgId, fixtures.form.id()).field(3))
                .map(FieldDefinition::name).contains("Вторая");
    }

    @Test
    void rejectsDraftWithDuplicateFieldIds() throws Exception {
        String duplicate = """
                {"fields": [{"id": 1, "name": "A", "type": "text"}, {"id": 1, "name": "B", "type": "text"}]}
                """;

        String body = mvc.perform(put("/forms/" + fixtures.form.id() + "/design/draft")
                        .with(signedInAs(fixtures.formAdmin)).with(csrf())
                        .contentType(MediaType.APPLICATION_JSON).content(duplicate))
                .andExpect(status().isBadRequest()).andReturn().getResponse().getContentAsString();

        assertThat(json.readTree(body).path("error").asString()).isEqualTo("form_draft_field_id_invalid");
        assertThat(drafts.find(fixtures.orgId, fixtures.form.id())).isEmpty();
    }

    @Test
    void discardsDraft() throws Exception {
        saveDraft(fixtures.formAdmin, DesignerFixtures.draftWithSection("Диагностика"));

        mvc.perform(post("/forms/" + fixtures.form.id() + "/design/discard")
                        .with(signedInAs(fixtures.formAdmin)).with(csrf()))
                .andExpect(redirectedUrl("/forms/" + fixtures.form.id() + "/design"));

        assertThat(drafts.find(fixtures.orgId, fixtures.form.id())).isEmpty();
        assertThat(current().definition()).isEqualTo(DesignerFixtures.REPAIR);
    }

    @Test
    void publishesDraftAsNextVersion() throws Exception {
        saveDraft(fixtures.formAdmin, DesignerFixtures.draftWithSection("Диагностика"));

        mvc.perform(post("/forms/" + fixtures.form.id() + "/design/publish")
                        .with(signedInAs(fixtures.formAdmin)).with(csrf()))
                .andExpect(redirectedUrl("/forms/" + fixtures.form.id() + "/design?published=2"));

        assertThat(current().version()).isEqualTo(2);
        assertThat(current().definition().field(4)).map(FieldDefinition::name).contains("Неисправность");
        assertThat(drafts.find(fixtures.orgId, fixtures.form.id())).isEmpty();
        String page = page(get("/forms/" + fixtures.form.id() + "/design").param("published", "2"), fixtures.formAdmin);
        assertThat(page).contains("Версия 2 опубликована")
                .contains("href=\"/forms/" + fixtures.form.id() + "/versions\"");
    }

    @Test
    void rendersDesignerInEnglish() throws Exception {
        CurrentMember english = new CurrentMember(fixtures.formAdmin.memberId(), fixtures.orgId, "en@test.local",
                "Test Member", false, java.util.Locale.ENGLISH, java.time.ZoneId.of("Europe/Moscow"));

        String page = page(get("/forms/" + fixtures.form.id() + "/design"), english);

        assertThat(page).contains("<html lang=\"en\">").contains("Add field").contains("Discard draft")
                .contains("Show only when").contains(">Section<");
    }

    @Test
    void refusesEveryDesignerActionToNonAdmins() throws Exception {
        long id = fixtures.form.id();
        List<MockHttpServletRequestBuilder> requests = List.of(
                get("/forms/" + id + "/design"),
                get("/forms/" + id + "/design/draft"),
                get("/forms/" + id + "/design/preview"),
                put("/forms/" + id + "/design/draft").contentType(MediaType.APPLICATION_JSON).content("{\"fields\":[]}"),
                post("/forms/" + id + "/design/publish"),
                post("/forms/" + id + "/design/discard"),
                post("/forms/" + id + "/rename").param("name", "Чужое"),
                post("/forms/" + id + "/archive"),
                post("/forms/" + id + "/restore"),
                post("/forms").param("name", "Новая форма"));

        for (CurrentMember outsider : List.of(fixtures.manager, fixtures.stranger)) {
            for (MockHttpServletRequestBuilder request : requests) {
                mvc.perform(request.with(signedInAs(outsider)).with(csrf())).andExpect(status().isForbidden());
            }
        }

        assertThat(current().name()).isEqualTo(fixtures.form.name());
        assertThat(current().archived()).isFalse();
        assertThat(drafts.find(fixtures.orgId, id)).isEmpty();
    }

    @Test
    void formAdminMayNotCreateForms() throws Exception {
        mvc.perform(post("/forms").param("name", "Новая форма").with(signedInAs(fixtures.formAdmin)).with(csrf()))
                .andExpect(status().isForbidden());
    }

    @Test
    void requiresCsrfTokenForEveryChange() throws Exception {
        long id = fixtures.form.id();
        List<MockHttpServletRequestBuilder> requests = List.of(
                put("/forms/" + id + "/design/draft").contentType(MediaType.APPLICATION_JSON)
                        .content(DesignerFixtures.draftWithSection("Без токена")),
                post("/forms/" + id + "/design/publish"),
                post("/forms/" + id + "/design/discard"),
                post("/forms/" + id + "/rename").param("name", "Без токена"),
                post("/forms/" + id + "/archive"),
                post("/forms").param("name", "Без токена " + UUID.randomUUID()));

        for (MockHttpServletRequestBuilder request : requests) {
            mvc.perform(request.with(signedInAs(fixtures.orgAdmin))).andExpect(status().isForbidden());
        }

        assertThat(drafts.find(fixtures.orgId, id)).isEmpty();
        assertThat(current().version()).isEqualTo(1);
        assertThat(current().archived()).isFalse();
        assertThat(current().name()).isEqualTo(fixtures.form.name());
    }

    @Test
    void previewShowsDraftWithoutSubmit() throws Exception {
        saveDraft(fixtures.formAdmin, DesignerFixtures.draftWithSection("Диагностика"));

        String preview = page(get("/forms/" + fixtures.form.id() + "/design/preview"), fixtures.formAdmin);

        assertThat(preview).contains("id=\"preview-banner\"").contains("<legend>Диагностика</legend>")
                .contains("<textarea id=\"field-4\" name=\"f4\"")
                .contains("<input type=\"text\" id=\"field-1\" name=\"f1\"");
        assertThat(preview).contains("id=\"save\" disabled").doesNotContain("action=\"/tasks/new\"");
    }
}
