package io.potok.tasks.web;

import static io.potok.PageRequests.signedInAs;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
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
import io.potok.tasks.TaskChange;
import io.potok.tasks.TaskView;
import io.potok.tasks.Tasks;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.json.JsonMapper;

@PotokTest
@AutoConfigureMockMvc
class TaskPageTests {

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
    CurrentMember approver;
    CurrentMember outsider;
    CurrentMember otherTeam;
    Form form;
    TaskView task;

    @BeforeEach
    void createTask() {
        TestOrganizations organizations = new TestOrganizations(jdbc);
        long org = organizations.organization();
        author = member(org, organizations.member(org, null), Locale.forLanguageTag("ru"));
        approver = member(org, organizations.member(org, null), Locale.forLanguageTag("ru"));
        outsider = member(org, organizations.member(org, null), Locale.forLanguageTag("ru"));
        long otherOrg = organizations.organization();
        otherTeam = member(otherOrg, organizations.member(otherOrg, null), Locale.forLanguageTag("ru"));
        FormDefinition definition = new FormDefinition(List.of(
                FieldDefinition.of(1, "Subject", FieldType.TEXT),
                FieldDefinition.of(2, "Amount", FieldType.MONEY).withInfo(FieldSettings.decimals(2)),
                FieldDefinition.of(3, "Step", FieldType.STEP),
                FieldDefinition.of(4, "Status", FieldType.STATUS)),
                new RouteDefinition(List.of(new Step(1, "Warehouse", null,
                        List.of(new AssigneeRule(null, Assignees.anyOf(approver.memberId()))), null))));
        form = forms.create(org, "Orders", definition, null);
        forms.grant(org, form.id(), FormGrant.member(author.memberId(), AccessLevel.MEMBER));
        task = tasks.create(author, NewTask.onForm(form.id(), List.of(
                json.createObjectNode().put("id", 1).put("value", "Capsules for the shop"),
                json.createObjectNode().put("id", 2).put("value", "1500.5"))));
    }

    private static CurrentMember member(long orgId, long memberId, Locale locale) {
        return new CurrentMember(memberId, orgId, memberId + "@test.local", "Member " + memberId, false, locale,
                ZoneId.of("Europe/Moscow"));
    }

    private static CurrentMember inEnglish(CurrentMember member) {
        return new CurrentMember(member.memberId(), member.orgId(), member.email(), member.displayName(), false,
                Locale.ENGLISH, member.zone());
    }

    private String taskPage(CurrentMember member) throws Exception {
        return mvc.perform(get("/tasks/" + task.id()).with(signedInAs(member)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
    }

    @Test
    void authorSeesFieldsRouteAndHistoryInRussian() throws Exception {
        String page = taskPage(author);

        assertThat(page).contains("<html lang=\"ru\">").contains("Маршрут").contains("История");
        assertThat(page).contains("id=\"field-1\" name=\"f1\" value=\"Capsules for the shop\"");
        assertThat(page).contains("id=\"field-2\" name=\"f2\" value=\"1500.50\"");
        assertThat(page).contains("id=\"field-3\">1. Warehouse</p>").contains("id=\"field-4\">Открыта</p>");
        assertThat(page).contains("data-step=\"1\"").contains("data-choice=\"waiting\"");
        assertThat(page).contains("name=\"version\" value=\"" + task.version() + "\"");
        assertThat(page).contains("data-action=\"created\"");
        assertThat(page).doesNotContain("id=\"approve\"").doesNotContain("id=\"reject\"");
    }

    @Test
    void rendersInEnglish() throws Exception {
        String page = taskPage(inEnglish(author));

        assertThat(page).contains("<html lang=\"en\">").contains("Route").contains("History").contains("Save");
    }

    @Test
    void approverDecidesAndTaskCloses() throws Exception {
        String page = taskPage(approver);
        assertThat(page).contains("id=\"approve\"").contains("id=\"reject\"").contains("id=\"reassign\"");

        mvc.perform(post("/tasks/" + task.id() + "/decision").param("decision", "approve")
                        .with(signedInAs(approver)).with(csrf()))
                .andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrl("/tasks/" + task.id()));

        String closed = taskPage(approver);
        assertThat(closed).contains("data-closed=\"true\"").doesNotContain("id=\"approve\"").contains("id=\"reopen\"");
        assertThat(closed).contains("data-action=\"approved\"");
        assertThat(closed).doesNotContain("{&#34;step&#34;").doesNotContain("{\"step\"");
        assertThat(closed).contains("согласована").contains("1. Warehouse");
    }

    @Test
    void memberWhoIsNotApproverCannotDecide() throws Exception {
        mvc.perform(post("/tasks/" + task.id() + "/decision").param("decision", "approve")
                        .with(signedInAs(author)).with(csrf()))
                .andExpect(status().isForbidden());
    }

    @Test
    void otherMembersGetNothing() throws Exception {
        mvc.perform(get("/tasks/" + task.id()).with(signedInAs(outsider))).andExpect(status().isForbidden());
        mvc.perform(get("/tasks/" + task.id()).with(signedInAs(otherTeam))).andExpect(status().isNotFound());
        mvc.perform(post("/tasks/" + task.id() + "/comments").param("text", "hello")
                        .with(signedInAs(otherTeam)).with(csrf()))
                .andExpect(status().isNotFound());
    }

    @Test
    void postsRequireCsrfToken() throws Exception {
        mvc.perform(post("/tasks/" + task.id() + "/fields").param("version", String.valueOf(task.version()))
                        .param("f1", "x").with(signedInAs(author)))
                .andExpect(status().isForbidden());
        mvc.perform(post("/tasks/" + task.id() + "/decision").param("decision", "approve").with(signedInAs(approver)))
                .andExpect(status().isForbidden());
    }

    @Test
    void savesFieldsAtLoadedVersion() throws Exception {
        mvc.perform(post("/tasks/" + task.id() + "/fields").param("version", String.valueOf(task.version()))
                        .param("f1", "Capsules for the shop").param("f2", "2 000,25")
                        .with(signedInAs(author)).with(csrf()))
                .andExpect(status().is3xxRedirection());

        assertThat(taskPage(author)).contains("id=\"field-2\" name=\"f2\" value=\"2000.25\"");
    }

    @Test
    void staleSaveShowsWhatChangedAndKeepsInput() throws Exception {
        tasks.change(approver, task.id(), TaskChange.fields(List.of(
                json.createObjectNode().put("id", 2).put("value", "99"))));

        String page = mvc.perform(post("/tasks/" + task.id() + "/fields").param("version", String.valueOf(task.version()))
                        .param("f1", "Capsules for the shop").param("f2", "1750")
                        .with(signedInAs(author)).with(csrf()))
                .andExpect(status().isConflict())
                .andReturn().getResponse().getContentAsString();

        assertThat(page).contains("id=\"form-error\"").contains("Amount");
        assertThat(page).contains("id=\"field-2\" name=\"f2\" value=\"1750\"");
        assertThat(page).doesNotContain("name=\"version\" value=\"" + task.version() + "\"");
    }

    @Test
    void rejectedValueKeepsInputAndShowsMessage() throws Exception {
        String page = mvc.perform(post("/tasks/" + task.id() + "/fields").param("version", String.valueOf(task.version()))
                        .param("f1", "Changed subject").param("f2", "lots")
                        .with(signedInAs(author)).with(csrf()))
                .andExpect(status().isBadRequest())
                .andReturn().getResponse().getContentAsString();

        assertThat(page).contains("id=\"error-2\"").contains("«lots»");
        assertThat(page).contains("value=\"Changed subject\"");
    }

    @Test
    void commentAddedWithHtmxReturnsCommentsOnly() throws Exception {
        String fragment = mvc.perform(post("/tasks/" + task.id() + "/comments").param("text", "Packed, ready to ship")
                        .header("HX-Request", "true").with(signedInAs(author)).with(csrf()))
                .andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();

        assertThat(fragment).startsWith("<section class=\"card\" id=\"comments\">").contains("Packed, ready to ship");
        assertThat(fragment).doesNotContain("<html");
    }

    @Test
    void subscriberIsAddedAndRemoved() throws Exception {
        mvc.perform(post("/tasks/" + task.id() + "/subscribers").param("add", String.valueOf(outsider.memberId()))
                        .with(signedInAs(author)).with(csrf()))
                .andExpect(status().is3xxRedirection());
        assertThat(taskPage(author)).contains("id=\"unsubscribe-" + outsider.memberId() + "\"");

        mvc.perform(post("/tasks/" + task.id() + "/subscribers").param("remove", String.valueOf(outsider.memberId()))
                        .with(signedInAs(author)).with(csrf()))
                .andExpect(status().is3xxRedirection());
        assertThat(taskPage(author)).doesNotContain("id=\"unsubscribe-" + outsider.memberId() + "\"");
    }

    @Test
    void commentFileIsUploadedAndDownloaded() throws Exception {
        org.springframework.mock.web.MockMultipartFile file = new org.springframework.mock.web.MockMultipartFile(
                "files", "invoice.txt", "text/plain", "Invoice 42".getBytes(java.nio.charset.StandardCharsets.UTF_8));
        mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders
                        .multipart("/tasks/" + task.id() + "/comments").file(file).param("text", "Invoice attached")
                        .with(signedInAs(author)).with(csrf()))
                .andExpect(status().is3xxRedirection());

        String page = taskPage(author);
        String link = page.replaceAll("(?s).*href=\"(/tasks/" + task.id() + "/files/\\d+)\".*", "$1");
        assertThat(link).startsWith("/tasks/" + task.id() + "/files/");
        assertThat(page).contains("invoice.txt").contains("Invoice attached");
        String content = mvc.perform(get(link).with(signedInAs(author)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(content).isEqualTo("Invoice 42");
        mvc.perform(get(link).with(signedInAs(outsider))).andExpect(status().isForbidden());
    }
}
