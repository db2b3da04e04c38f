package io.potok.tasks;

import static io.potok.tasks.OrderFixtures.CLIENT_TYPE;
import static io.potok.tasks.OrderFixtures.MARKETPLACE;
import static io.potok.tasks.OrderFixtures.RETAIL;
import static io.potok.tasks.OrderFixtures.rejectingTo;
import static io.potok.tasks.OrderFixtures.step;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.List;

import io.potok.PotokTest;
import io.potok.TestOrganizations;
import io.potok.forms.Condition;
import io.potok.forms.Condition.Operator;
import io.potok.forms.Form;
import io.potok.forms.Forms;
import io.potok.forms.RouteDefinition.Assignees;
import io.potok.identity.CurrentMember;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

@PotokTest
class TaskRouteTests {

    @Autowired
    Tasks tasks;

    @Autowired
    Forms forms;

    @Autowired
    JdbcClient jdbc;

    OrderFixtures orders;

    @BeforeEach
    void organization() {
        orders = new OrderFixtures(new TestOrganizations(jdbc), forms);
    }

    @Test
    void routesOrderByClientType() {
        long retailManager = orders.member();
        long marketplaceManager = orders.member();
        Form form = orders.form(
                step(1, Condition.field(CLIENT_TYPE, Operator.EQUALS, RETAIL), Assignees.anyOf(retailManager)),
                step(2, Condition.field(CLIENT_TYPE, Operator.EQUALS, MARKETPLACE),
                        Assignees.anyOf(marketplaceManager)));
        CurrentMember author = orders.signedIn(orders.member());

        TaskView retail = tasks.create(author, NewTask.onForm(form.id(), List.of(orders.clientType(RETAIL))));
        TaskView marketplace = tasks.create(author,
                NewTask.onForm(form.id(), List.of(orders.clientType(MARKETPLACE))));

        assertThat(retail.currentStep()).isEqualTo(1);
        assertThat(waitingOn(retail)).containsExactly(retailManager);
        assertThat(marketplace.currentStep()).isEqualTo(2);
        assertThat(waitingOn(marketplace)).containsExactly(marketplaceManager);
    }

    @Test
    void anyRoleMemberDecidesForTheRole() {
        long first = orders.member();
        long second = orders.member();
        long warehouse = orders.member();
        long role = orders.people.role(orders.org, first, second);
        Form form = orders.form(step(1, null, Assignees.role(role)), step(2, null, Assignees.anyOf(warehouse)));
        TaskView task = create(form);

        TaskView approved = tasks.change(orders.signedIn(second), task.id(), TaskChange.approve());

        assertThat(approved.currentStep()).isEqualTo(2);
        assertThatThrownBy(() -> tasks.change(orders.signedIn(first), task.id(), TaskChange.approve()))
                .isInstanceOf(DecisionNotAllowed.class)
                .extracting(error -> ((DecisionNotAllowed) error).reason())
                .isEqualTo(DecisionNotAllowed.Reason.NOT_ASSIGNEE);
    }

    @Test
    void parallelApprovalWaitsForEveryApprover() {
        long first = orders.member();
        long second = orders.member();
        Form form = orders.form(step(1, null, Assignees.allOf(first, second)));
        TaskView task = create(form);

        TaskView afterFirst = tasks.change(orders.signedIn(first), task.id(), TaskChange.approve());
        TaskView afterSecond = tasks.change(orders.signedIn(second), task.id(), TaskChange.approve());

        assertThat(afterFirst.currentStep()).isEqualTo(1);
        assertThat(afterFirst.closed()).isFalse();
        assertThat(afterSecond.closed()).isTrue();
        assertThat(afterSecond.resolution()).isEqualTo("approved");
    }

    @Test
    void authorOnFirstStepIsAutoApproved() {
        long retailManager = orders.member();
        long warehouse = orders.member();
        long role = orders.people.role(orders.org, retailManager);
        Form form = orders.form(step(1, null, Assignees.role(role)), step(2, null, Assignees.anyOf(warehouse)));

        TaskView task = tasks.create(orders.signedIn(retailManager), NewTask.onForm(form.id(), List.of()));

        assertThat(task.currentStep()).isEqualTo(2);
        assertThat(waitingOn(task)).containsExactly(warehouse);
        TaskView.ApprovalView automatic = task.steps().get(0).approvals().get(0);
        assertThat(automatic.memberId()).isEqualTo(retailManager);
        assertThat(automatic.choice()).isEqualTo("approved");
        assertThat(automatic.automatic()).isTrue();
    }

    @Test
    void rejectReturnsToConfiguredStep() {
        long manager = orders.member();
        long warehouse = orders.member();
        Form form = orders.form(rejectingTo(1, null, Assignees.anyOf(manager)),
                rejectingTo(2, 1, Assignees.anyOf(warehouse)));
        TaskView task = create(form);
        tasks.change(orders.signedIn(manager), task.id(), TaskChange.approve());

        TaskView rejected = tasks.change(orders.signedIn(warehouse), task.id(), TaskChange.reject());

        assertThat(rejected.currentStep()).isEqualTo(1);
        assertThat(rejected.closed()).isFalse();
        assertThat(waitingOn(rejected)).containsExactly(manager);
    }

    @Test
    void rejectWithoutTargetClosesTaskAsRejected() {
        long manager = orders.member();
        Form form = orders.form(rejectingTo(1, null, Assignees.anyOf(manager)));
        TaskView task = create(form);

        TaskView rejected = tasks.change(orders.signedIn(manager), task.id(), TaskChange.reject());

        assertThat(rejected.closed()).isTrue();
        assertThat(rejected.resolution()).isEqualTo("rejected");
        assertThat(rejected.currentStep()).isNull();
    }

    @Test
    void assigneeReturnsTaskToPreviousStep() {
        long manager = orders.member();
        long warehouse = orders.member();
        Form form = orders.form(step(1, null, Assignees.anyOf(manager)), step(2, null, Assignees.anyOf(warehouse)));
        TaskView task = create(form);
        tasks.change(orders.signedIn(manager), task.id(), TaskChange.approve());

        TaskView returned = tasks.change(orders.signedIn(warehouse), task.id(), TaskChange.returnToPrevious());

        assertThat(returned.currentStep()).isEqualTo(1);
        assertThat(waitingOn(returned)).containsExactly(manager);
        assertThatThrownBy(() -> tasks.change(orders.signedIn(manager), task.id(), TaskChange.returnToPrevious()))
                .isInstanceOf(DecisionNotAllowed.class);
    }

    @Test
    void reassignedMemberDecidesInsteadOfAssignee() {
        long manager = orders.member();
        long deputy = orders.member();
        Form form = orders.form(step(1, null, Assignees.anyOf(manager)));
        TaskView task = create(form);

        TaskView reassigned = tasks.change(orders.signedIn(manager), task.id(), TaskChange.reassign(null, deputy));

        assertThat(waitingOn(reassigned)).containsExactly(deputy);
        assertThat(reassigned.responsibleId()).isEqualTo(deputy);
        assertThat(reassigned.history()).extracting(TaskView.HistoryEntry::action).contains("reassigned");
        assertThat(reassigned.participantIds()).contains(manager, deputy);
        assertThatThrownBy(() -> tasks.change(orders.signedIn(manager), task.id(), TaskChange.approve()))
                .isInstanceOf(DecisionNotAllowed.class);
        assertThat(tasks.change(orders.signedIn(deputy), task.id(), TaskChange.approve()).closed()).isTrue();
    }

    @Test
    void reopenedTaskWaitsOnItsLastStepAgain() {
        long manager = orders.member();
        long warehouse = orders.member();
        Form form = orders.form(step(1, null, Assignees.anyOf(manager)), step(2, null, Assignees.anyOf(warehouse)));
        TaskView task = create(form);
        tasks.change(orders.signedIn(manager), task.id(), TaskChange.approve());
        tasks.change(orders.signedIn(warehouse), task.id(), TaskChange.approve());

        TaskView reopened = tasks.change(orders.signedIn(warehouse), task.id(), TaskChange.reopen());

        assertThat(reopened.closed()).isFalse();
        assertThat(reopened.resolution()).isNull();
        assertThat(reopened.currentStep()).isEqualTo(2);
        assertThat(waitingOn(reopened)).containsExactly(warehouse);
        assertThatThrownBy(() -> tasks.change(orders.signedIn(warehouse), task.id(), TaskChange.reopen()))
                .isInstanceOf(DecisionNotAllowed.class);
    }

    @Test
    void closedTaskTakesNoDecision() {
        long manager = orders.member();
        Form form = orders.form(step(1, null, Assignees.anyOf(manager)));
        TaskView task = create(form);
        tasks.change(orders.signedIn(manager), task.id(), TaskChange.approve());

        assertThatThrownBy(() -> tasks.change(orders.signedIn(manager), task.id(), TaskChange.approve()))
                .isInstanceOf(DecisionNotAllowed.class)
                .extracting(error -> ((DecisionNotAllowed) error).status())
                .isEqualTo(409);
    }

    @Test
    void recordsTimeSpentInEachStep() {
        long manager = orders.member();
        long warehouse = orders.member();
        Form form = orders.form(step(1, null, Assignees.anyOf(manager)), step(2, null, Assignees.anyOf(warehouse)));
        Instant created = Instant.parse("2026-03-02T09:00:00Z");
        long taskId = tasks.importTask(orders.org, orders.member(), created, NewTask.onForm(form.id(), List.of()));

        tasks.importChange(orders.org, manager, created.plusSeconds(300), taskId, TaskChange.approve());
        tasks.importChange(orders.org, warehouse, created.plusSeconds(420), taskId, TaskChange.approve());

        TaskView task = tasks.view(TestOrganizations.signedIn(orders.org, manager, true), taskId);
        assertThat(task.steps()).extracting(TaskView.StepView::step).containsExactly(1, 2);
        assertThat(task.steps()).extracting(TaskView.StepView::elapsedMillis).containsExactly(300_000L, 120_000L);
        assertThat(task.createdAt()).isEqualTo(created);
        assertThat(task.closedAt()).isEqualTo(created.plusSeconds(420));
    }

    private TaskView create(Form form) {
        return tasks.create(orders.signedIn(orders.member()), NewTask.onForm(form.id(), List.of()));
    }

    private static List<Long> waitingOn(TaskView task) {
        return task.steps().stream().filter(TaskView.StepView::current)
                .flatMap(step -> step.approvals().stream())
                .filter(approval -> approval.choice().equals("waiting"))
                .map(TaskView.ApprovalView::memberId)
                .toList();
    }
}
