package io.potok.tasks.web;

import static io.potok.PageRequests.signedInAs;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;

import io.potok.PotokTest;
import io.potok.TestOrganizations;
import io.potok.forms.Forms;
import io.potok.identity.CurrentMember;
import io.potok.tasks.MachineForms;
import io.potok.tasks.NewTask;
import io.potok.tasks.TaskView;
import io.potok.tasks.Tasks;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The live form endpoints and how the pages show the per-field behaviours: hidden fields, option fields,
 * descriptions, read-only steps and a unique value taken by another task.
 */
@PotokTest
@AutoConfigureMockMvc
class LiveFormTests {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    Forms forms;

    @Autowired
    Tasks tasks;

    MachineForms machines;
    CurrentMember author;

    @BeforeEach
    void machineForm() {
        machines = new MachineForms(new TestOrganizations(jdbc), forms);
        author = machines.author();
    }

    @Test
    void newTaskLiveHidesUnchosenFields() throws Exception {
        JsonNode answer = live(post("/forms/" + machines.form.id() + "/live")
                .param("f" + MachineForms.KIND, String.valueOf(MachineForms.SALE))
                .param("f" + MachineForms.PRIORITY, String.valueOf(MachineForms.NORMAL)));

        assertThat(ids(answer.get("hidden"))).containsExactlyInAnyOrder(MachineForms.FAULT, MachineForms.ESCALATION);
        assertThat(answer.get("computed").isEmpty()).isTrue();
    }

    @Test
    void newTaskLiveShowsMatchingFields() throws Exception {
        JsonNode answer = live(post("/forms/" + machines.form.id() + "/live")
                .param("f" + MachineForms.KIND, String.valueOf(MachineForms.REPAIR))
                .param("f" + MachineForms.PRIORITY, String.valueOf(MachineForms.HIGH))
                .param("f" + MachineForms.QUANTITY, "12abc"));

        assertThat(ids(answer.get("hidden"))).isEmpty();
    }

    @Test
    void taskLiveSavesNothing() throws Exception {
        TaskView task = create("L-" + System.nanoTime(), MachineForms.SALE);

        JsonNode answer = live(post("/tasks/" + task.id() + "/live")
                .param("f" + MachineForms.STICKER, "changed")
                .param("f" + MachineForms.KIND, String.valueOf(MachineForms.REPAIR))
                .param("f" + MachineForms.PRIORITY, String.valueOf(MachineForms.HIGH)));

        // The kind is read-only from step 1, so the page's "Repair" is ignored and the fault stays hidden.
        assertThat(ids(answer.get("hidden"))).containsExactly(MachineForms.FAULT);
        assertThat(tasks.view(author, task.id()).version()).isEqualTo(task.version());
    }

    @Test
    void newTaskPageShowsDescriptions() throws Exception {
        String page = mvc.perform(get("/tasks/new").param("form", String.valueOf(machines.form.id()))
                        .with(signedInAs(author)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();

        assertThat(page).contains("id=\"description-1\">The number on the machine");
        assertThat(page).contains("data-live=\"/forms/" + machines.form.id() + "/live\"");
        assertThat(page).containsPattern("data-field=\"" + MachineForms.ESCALATION + "\"[^>]*hidden");
        assertThat(page).contains("<div class=\"option-fields\" data-option=\"" + MachineForms.REPAIR + "\">");
        assertThat(page).contains("<option value=\"" + MachineForms.NORMAL + "\" selected>Normal</option>");
    }

    @Test
    void newTaskPageShowsUniqueConflict() throws Exception {
        String sticker = "T-" + System.nanoTime();
        TaskView first = create(sticker, MachineForms.SALE);

        String page = mvc.perform(post("/tasks/new").param("form", String.valueOf(machines.form.id()))
                        .param("f" + MachineForms.STICKER, sticker)
                        .param("f" + MachineForms.KIND, String.valueOf(MachineForms.SALE))
                        .with(signedInAs(author)).with(csrf()))
                .andExpect(status().isConflict()).andReturn().getResponse().getContentAsString();

        assertThat(page).contains("id=\"error-" + MachineForms.STICKER + "\"").contains("#" + first.id())
                .contains(sticker);
    }

    @Test
    void taskPageShowsLockedField() throws Exception {
        TaskView task = create("R-" + System.nanoTime(), MachineForms.SALE);

        String page = mvc.perform(get("/tasks/" + task.id()).with(signedInAs(author)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();

        assertThat(page).contains("id=\"locked-" + MachineForms.KIND + "\"");
        assertThat(page).contains("<p class=\"read-only\" id=\"field-" + MachineForms.KIND + "\">Sale</p>");
        assertThat(page).doesNotContain("id=\"locked-" + MachineForms.STICKER + "\"");
    }

    private TaskView create(String sticker, int kind) {
        return tasks.create(author, NewTask.onForm(machines.form.id(), List.of(
                MachineForms.update(MachineForms.STICKER, sticker),
                MachineForms.update(MachineForms.KIND, MachineForms.choice(kind)))));
    }

    private JsonNode live(MockHttpServletRequestBuilder request) throws Exception {
        String body = mvc.perform(request.with(signedInAs(author)).with(csrf()))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        return JSON.readTree(body);
    }

    private static List<Integer> ids(JsonNode list) {
        return list.valueStream().map(JsonNode::asInt).toList();
    }
}
