package io.potok.automation.web;

import static io.potok.PageRequests.signedInAs;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.util.List;

import io.potok.PotokTest;
import io.potok.RouteFixtures;
import io.potok.forms.Form;
import io.potok.forms.FormDrafts;
import io.potok.forms.Forms;
import io.potok.forms.RouteDefinition.Assignees;
import io.potok.forms.RuleDefinition;
import io.potok.forms.RuleDefinition.Action;
import io.potok.forms.RuleDefinition.ActionKind;
import io.potok.forms.RuleDefinition.Trigger;
import io.potok.forms.RuleDefinition.TriggerKind;
import io.potok.identity.CurrentMember;
import io.potok.tasks.NewTask;
import io.potok.tasks.Tasks;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Checks who reads the run logs and edits rules: a task's automation panel follows task visibility, and a
 * rule's runs and the rules themselves belong to the form's administrators.
 */
@PotokTest
@AutoConfigureMockMvc
class RunLogAccessTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    Forms forms;

    @Autowired
    FormDrafts drafts;

    @Autowired
    Tasks tasks;

    RouteFixtures fixtures;
    Form form;
    CurrentMember admin;
    CurrentMember author;
    CurrentMember stranger;
    long taskId;

    @BeforeEach
    void taskWithOneRuleRun() {
        fixtures = new RouteFixtures(jdbc, forms);
        long engineer = fixtures.member("Egor");
        form = fixtures.form(RouteFixtures.step(1, "Repair", null, Assignees.anyOf(engineer)));
        RuleDefinition rule = new RuleDefinition("greet", "Greeting", true, Trigger.of(TriggerKind.TASK_CREATED), null,
                List.of(new Action(ActionKind.COMMENT, null, null, null, null, null, null, "Принято: {Note}", null, null,
                        null, null, null)));
        form = forms.publish(fixtures.org, form.id(), form.definition().withAutomation(
                form.definition().automation().withRules(List.of(rule))), null);
        admin = fixtures.signedIn(fixtures.member("Olga"), true);
        author = fixtures.signedIn(fixtures.member("Anna"), false);
        stranger = fixtures.signedIn(fixtures.member("Boris"), false);
        taskId = tasks.create(author, NewTask.onForm(form.id(), RouteFixtures.repair(RouteFixtures.PAID, "100", "Кофемашина")))
                .id();
    }

    @Test
    void authorSeesRunOnTaskPanel() throws Exception {
        MockHttpServletResponse response = mvc.perform(get("/tasks/" + taskId + "/automation").with(signedInAs(author)))
                .andReturn().getResponse();

        assertThat(response.getStatus()).isEqualTo(200);
        assertThat(response.getContentAsString()).contains("Greeting").contains("data-outcome=\"done\"")
                .contains("добавить комментарий");
    }

    @Test
    void strangerCannotReadTaskPanel() throws Exception {
        MockHttpServletResponse response = mvc.perform(get("/tasks/" + taskId + "/automation").with(signedInAs(stranger)))
                .andReturn().getResponse();

        assertThat(response.getStatus()).isBetween(403, 404);
        assertThat(response.getContentAsString()).doesNotContain("Greeting");
    }

    @Test
    void ruleRunsOnlyForFormAdministrators() throws Exception {
        String path = "/forms/" + form.id() + "/design/rules/greet/runs";

        MockHttpServletResponse forAdmin = mvc.perform(get(path).with(signedInAs(admin))).andReturn().getResponse();
        MockHttpServletResponse forAuthor = mvc.perform(get(path).with(signedInAs(author))).andReturn().getResponse();

        assertThat(forAdmin.getStatus()).isEqualTo(200);
        assertThat(forAdmin.getContentAsString()).contains("href=\"/tasks/" + taskId + "\"");
        assertThat(forAuthor.getStatus()).isEqualTo(403);
    }

    @Test
    void memberCannotSaveRules() throws Exception {
        MockHttpServletResponse response = mvc.perform(post("/forms/" + form.id() + "/design/rules")
                        .with(signedInAs(author)).with(csrf()).contentType(MediaType.APPLICATION_JSON).content("[]"))
                .andReturn().getResponse();

        assertThat(response.getStatus()).isEqualTo(403);
        assertThat(drafts.find(fixtures.org, form.id())).isEmpty();
    }

    @Test
    void administratorSavesRulesIntoDraft() throws Exception {
        String rules = """
                [{"id": "close-paid", "name": "Close paid", "enabled": false, "trigger": {"kind": "task_closed"},
                  "actions": [{"kind": "reopen"}]}]""";

        MockHttpServletResponse response = mvc.perform(post("/forms/" + form.id() + "/design/rules")
                        .with(signedInAs(admin)).with(csrf()).contentType(MediaType.APPLICATION_JSON).content(rules))
                .andReturn().getResponse();

        assertThat(response.getStatus()).isEqualTo(200);
        List<RuleDefinition> saved = drafts.find(fixtures.org, form.id()).orElseThrow().definition().automation().rules();
        assertThat(saved).extracting(RuleDefinition::id).containsExactly("close-paid");
        assertThat(saved.get(0).enabled()).isFalse();
        assertThat(saved.get(0).actions()).containsExactly(Action.of(ActionKind.REOPEN));
        assertThat(forms.find(fixtures.org, form.id()).orElseThrow().definition().automation().rules())
                .extracting(RuleDefinition::id).containsExactly("greet");
    }
}
