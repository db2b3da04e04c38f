package io.potok.tasks;

import static io.potok.PageRequests.signedInAs;
import static io.potok.RouteFixtures.PAID;
import static io.potok.RouteFixtures.WARRANTY;
import static io.potok.RouteFixtures.repair;
import static io.potok.RouteFixtures.step;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import io.potok.PotokTest;
import io.potok.RouteFixtures;
import io.potok.forms.AccessLevel;
import io.potok.forms.Condition;
import io.potok.forms.Condition.Operator;
import io.potok.forms.FormAccessDenied;
import io.potok.forms.Form;
import io.potok.forms.FormDefinition;
import io.potok.forms.FormGrant;
import io.potok.forms.FormHistoryEntry;
import io.potok.forms.Forms;
import io.potok.forms.RouteDefinition;
import io.potok.forms.RouteDefinition.Assignees;
import io.potok.identity.CurrentMember;
import io.potok.tasks.TaskMoves.PlannedMove;
import io.potok.workflow.RouteLanding;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

@PotokTest
@AutoConfigureMockMvc
class TaskMovesTests {

    @Autowired
    Tasks tasks;

    @Autowired
    TaskMoves moves;

    @Autowired
    Forms forms;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    MockMvc mvc;

    RouteFixtures fixtures;
    long engineer;
    long newEngineer;
    long accountant;
    CurrentMember author;
    CurrentMember admin;
    Form form;

    @BeforeEach
    void repairsOnVersionOne() {
        fixtures = new RouteFixtures(jdbc, forms);
        engineer = fixtures.member("Egor");
        newEngineer = fixtures.member("Nikita");
        accountant = fixtures.member("Anna");
        author = fixtures.signedIn(fixtures.member("Boris"), false);
        admin = fixtures.signedIn(fixtures.member("Olga"), true);
        form = fixtures.form(
                step(1, "Repair", null, Assignees.anyOf(engineer)),
                step(2, "Invoice", RouteFixtures.paid(), Assignees.anyOf(accountant)));
    }

    /** Publishes version 2: step 1 goes to another engineer, and only costs above 1000 are invoiced. */
    private Form publishVersionTwo() {
        Condition expensive = Condition.field(RouteFixtures.COST, Operator.GREATER, "1000");
        FormDefinition next = new FormDefinition(RouteFixtures.fields().subList(0, 3), new RouteDefinition(List.of(
                step(1, "Repair", null, Assignees.anyOf(newEngineer)),
                step(2, "Invoice", expensive, Assignees.anyOf(accountant)))));
        return forms.publish(fixtures.org, form.id(), next, null);
    }

    @Test
    void moveLandsWherePreviewShowed() {
        TaskView onRepair = tasks.create(author, NewTask.onForm(form.id(), repair(PAID, "500", "cheap")));
        TaskView cheapInvoice = approvedByEngineer(repair(PAID, "500", "cheap invoice"));
        TaskView dearInvoice = approvedByEngineer(repair(PAID, "2000", "dear invoice"));
        TaskView finished = tasks.change(fixtures.signedIn(engineer, false),
                tasks.create(author, NewTask.onForm(form.id(), repair(WARRANTY, "0", "done"))).id(),
                TaskChange.approve());
        Form second = publishVersionTwo();

        Map<Long, PlannedMove> preview = moves.preview(admin, form.id()).stream()
                .collect(Collectors.toMap(PlannedMove::taskId, Function.identity()));
        int moved = moves.moveAll(admin, form.id());

        assertThat(finished.closed()).isTrue();
        assertThat(preview).containsOnlyKeys(onRepair.id(), cheapInvoice.id(), dearInvoice.id());
        assertThat(moved).isEqualTo(3);
        assertLanded(preview.get(onRepair.id()), RouteLanding.Kind.SAME_STEP, 1, Set.of(newEngineer));
        assertLanded(preview.get(cheapInvoice.id()), RouteLanding.Kind.CLOSES, null, Set.of());
        assertLanded(preview.get(dearInvoice.id()), RouteLanding.Kind.SAME_STEP, 2, Set.of(accountant));
        for (PlannedMove planned : preview.values()) {
            TaskView after = tasks.view(admin, planned.taskId());
            assertThat(after.formVersion()).isEqualTo(second.version());
            assertThat(after.currentStep()).isEqualTo(planned.targetStep());
            assertThat(after.closed()).isEqualTo(planned.targetStep() == null);
            assertThat(waitingOn(after)).isEqualTo(planned.assigneeIds());
            assertThat(after.history()).extracting(TaskView.HistoryEntry::action).contains("moved_to_version");
        }
        assertThat(tasks.view(admin, cheapInvoice.id()).resolution()).isEqualTo("approved");
        assertThat(moves.preview(admin, form.id())).isEmpty();
    }

    @Test
    void moveKeepsValuesOfRemovedFields() {
        TaskView task = tasks.create(author, NewTask.onForm(form.id(), repair(PAID, "500", "kept note")));
        publishVersionTwo();

        moves.moveAll(admin, form.id());

        String note = jdbc.sql("select field_values ->> :field from tasks where id = :id")
                .param("field", String.valueOf(RouteFixtures.NOTE)).param("id", task.id())
                .query(String.class).single();
        assertThat(note).isEqualTo("kept note");
        TaskView after = tasks.view(admin, task.id());
        assertThat(after.fields().toString()).contains("500");
    }

    @Test
    void updatesRegistryAndFormHistory() {
        TaskView task = approvedByEngineer(repair(PAID, "2000", "invoice"));
        Form second = publishVersionTwo();

        moves.moveAll(admin, form.id());

        Map<String, Object> row = jdbc.sql("select form_version, current_step from registry_form_" + form.id()
                        + " where task_id = :id")
                .param("id", task.id()).query().singleRow();
        assertThat(row.get("form_version")).isEqualTo(second.version());
        assertThat(row.get("current_step")).isEqualTo(2);
        FormHistoryEntry latest = forms.history(fixtures.org, form.id()).get(0);
        assertThat(latest.action()).isEqualTo("tasks_moved");
        assertThat(latest.detail()).isEqualTo(String.valueOf(second.version()));
        assertThat(latest.memberId()).isEqualTo(admin.memberId());
    }

    @Test
    void tasksStayOnTheirVersionUntilMoved() {
        TaskView task = tasks.create(author, NewTask.onForm(form.id(), repair(PAID, "500", "stays")));
        publishVersionTwo();

        TaskView after = tasks.view(admin, task.id());

        assertThat(after.formVersion()).isEqualTo(form.version());
        assertThat(waitingOn(after)).containsExactly(engineer);
    }

    @Test
    void onlyAdministratorsMoveTasks() throws Exception {
        long manager = fixtures.member("Maria");
        forms.grant(fixtures.org, form.id(), FormGrant.member(manager, AccessLevel.MANAGER));
        CurrentMember signedIn = fixtures.signedIn(manager, false);
        tasks.create(author, NewTask.onForm(form.id(), repair(PAID, "500", "x")));
        publishVersionTwo();

        assertThatThrownBy(() -> moves.moveAll(signedIn, form.id())).isInstanceOf(FormAccessDenied.class);
        mvc.perform(get("/forms/" + form.id() + "/move-tasks").with(signedInAs(signedIn)))
                .andExpect(status().isForbidden());
        assertThat(moves.preview(admin, form.id())).hasSize(1);
    }

    @Test
    void pageShowsPreviewAndMoves() throws Exception {
        TaskView task = tasks.create(author, NewTask.onForm(form.id(), repair(PAID, "500", "page")));
        publishVersionTwo();

        String page = mvc.perform(get("/forms/" + form.id() + "/move-tasks").with(signedInAs(admin)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        mvc.perform(post("/forms/" + form.id() + "/move-tasks").with(signedInAs(admin)).with(csrf()))
                .andExpect(redirectedUrl("/forms/" + form.id() + "/move-tasks?moved=1"));

        assertThat(page).contains("data-task=\"" + task.id() + "\"").contains("data-landing=\"same_step\"")
                .contains("Nikita Tester").contains("id=\"move-tasks\"");
        assertThat(tasks.view(admin, task.id()).formVersion()).isEqualTo(2);
    }

    private TaskView approvedByEngineer(List<tools.jackson.databind.JsonNode> values) {
        TaskView created = tasks.create(author, NewTask.onForm(form.id(), values));
        return tasks.change(fixtures.signedIn(engineer, false), created.id(), TaskChange.approve());
    }

    private static void assertLanded(PlannedMove planned, RouteLanding.Kind kind, Integer step, Set<Long> assignees) {
        assertThat(planned.landing()).isEqualTo(kind);
        assertThat(planned.targetStep()).isEqualTo(step);
        assertThat(planned.assigneeIds()).isEqualTo(assignees);
    }

    private static Set<Long> waitingOn(TaskView task) {
        return task.steps().stream().filter(TaskView.StepView::current)
                .flatMap(step -> step.approvals().stream())
                .filter(approval -> "waiting".equals(approval.choice()))
                .map(TaskView.ApprovalView::memberId)
                .collect(Collectors.toSet());
    }
}
