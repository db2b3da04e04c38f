package io.potok.tasks;

import static io.potok.tasks.OrderFixtures.DELIVERY_NOTE;
import static io.potok.tasks.OrderFixtures.TOTAL;
import static io.potok.tasks.OrderFixtures.step;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import io.potok.PotokTest;
import io.potok.TestOrganizations;
import io.potok.forms.AccessLevel;
import io.potok.forms.FieldValueInvalid;
import io.potok.forms.FieldValueRequired;
import io.potok.forms.Form;
import io.potok.forms.FormGrant;
import io.potok.forms.Forms;
import io.potok.forms.RouteDefinition.Assignees;
import io.potok.identity.CurrentMember;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;

@PotokTest
@RecordApplicationEvents
class TaskChangeTests {

    @Autowired
    Tasks tasks;

    @Autowired
    Forms forms;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    MessageSource messages;

    @Autowired
    ApplicationEvents events;

    OrderFixtures orders;
    long manager;
    long warehouse;
    Form form;
    CurrentMember author;

    @BeforeEach
    void orderForm() {
        orders = new OrderFixtures(new TestOrganizations(jdbc), forms);
        manager = orders.member();
        warehouse = orders.member();
        form = orders.formRequiringNoteFrom(2, step(1, null, Assignees.anyOf(manager)), step(2, null, Assignees.anyOf(warehouse)));
        author = orders.signedIn(orders.member());
    }

    @Test
    void historyRecordsFieldChangesDecisionsAndStepMoves() {
        TaskView task = tasks.create(author, NewTask.onForm(form.id(), List.of(orders.total("100"))));

        tasks.change(author, task.id(), TaskChange.fields(List.of(orders.total("250.5"))));
        TaskView approved = tasks.change(orders.signedIn(manager), task.id(), TaskChange.approve());

        List<TaskView.HistoryEntry> history = approved.history();
        assertThat(history).extracting(TaskView.HistoryEntry::action)
                .containsSubsequence("created", "step_entered", "field_changed", "approved", "step_entered");
        TaskView.HistoryEntry totalChange = history.stream()
                .filter(entry -> entry.action().equals("field_changed") && entry.oldValue() != null)
                .findFirst().orElseThrow();
        assertThat(totalChange.fieldId()).isEqualTo(TOTAL);
        assertThat(totalChange.fieldName()).isEqualTo("Total");
        assertThat(totalChange.actorId()).isEqualTo(author.memberId());
        assertThat(totalChange.oldValue().decimalValue()).isEqualByComparingTo("100");
        assertThat(totalChange.newValue().decimalValue()).isEqualByComparingTo("250.5");
        assertThat(approved.comments()).hasSize(3);
        assertThat(approved.version()).isEqualTo(3);
    }

    @Test
    void everyAcceptedChangePublishesCompleteSnapshot() {
        TaskView task = tasks.create(author, NewTask.onForm(form.id(), List.of()));
        tasks.change(orders.signedIn(manager), task.id(), TaskChange.approve());

        List<TaskChanged> published = events.stream(TaskChanged.class)
                .filter(event -> event.task().taskId() == task.id()).toList();

        assertThat(published).hasSize(2);
        assertThat(published.get(0).created()).isTrue();
        assertThat(published.get(0).task().participantIds()).containsExactlyInAnyOrder(author.memberId(), manager);
        assertThat(published.get(1).task().participantIds())
                .containsExactlyInAnyOrder(author.memberId(), manager, warehouse);
        assertThat(published.get(1).task().currentStep()).isEqualTo(2);
        assertThat(published.get(1).actorId()).isEqualTo(manager);
    }

    @Test
    void requiredFieldBlocksApprovalUntilFilled() {
        TaskView task = tasks.create(author, NewTask.onForm(form.id(), List.of()));
        tasks.change(orders.signedIn(manager), task.id(), TaskChange.approve());

        assertThatThrownBy(() -> tasks.change(orders.signedIn(warehouse), task.id(), TaskChange.approve()))
                .isInstanceOfSatisfying(FieldValueRequired.class, error ->
                        assertThat(messages.getMessage(error.messageKey(), error.arguments(), Locale.ENGLISH))
                                .contains("Delivery note"));

        TaskView approved = tasks.change(orders.signedIn(warehouse), task.id(), TaskChange.approve()
                .withFieldUpdates(List.of(orders.field(DELIVERY_NOTE, "\"Leave at the gate\""))));
        assertThat(approved.closed()).isTrue();
    }

    @Test
    void invalidValueSavesNothing() {
        int before = taskCount();

        assertThatThrownBy(() -> tasks.create(author,
                NewTask.onForm(form.id(), List.of(orders.client("ACME"), orders.total("\"lots\"")))))
                .isInstanceOf(FieldValueInvalid.class);
        assertThat(taskCount()).isEqualTo(before);

        TaskView task = tasks.create(author, NewTask.onForm(form.id(), List.of(orders.client("ACME"))));
        assertThatThrownBy(() -> tasks.change(author, task.id(),
                TaskChange.fields(List.of(orders.client("Other"), orders.total("\"lots\"")))))
                .isInstanceOf(FieldValueInvalid.class);
        TaskView unchanged = tasks.view(author, task.id());
        assertThat(unchanged.version()).isEqualTo(task.version());
        assertThat(unchanged.history()).hasSameSizeAs(task.history());
        assertThat(unchanged.subject()).contains("ACME");
    }

    @Test
    void staleSameFieldChangeIsRejected() {
        TaskView task = tasks.create(author, NewTask.onForm(form.id(), List.of(orders.total("100"))));
        tasks.change(orders.signedIn(manager), task.id(),
                TaskChange.fields(List.of(orders.total("200"))).atVersion(task.version()));

        assertThatThrownBy(() -> tasks.change(author, task.id(),
                TaskChange.fields(List.of(orders.total("300"))).atVersion(task.version())))
                .isInstanceOfSatisfying(TaskChangedConcurrently.class, error -> {
                    assertThat(error.status()).isEqualTo(409);
                    assertThat(error.code()).isEqualTo("task_changed_concurrently");
                    assertThat(error.changes()).contains("Total").contains("Test Member");
                });
    }

    @Test
    void concurrentWritersOfSameFieldGetOneConflict() throws Exception {
        TaskView task = tasks.create(author, NewTask.onForm(form.id(), List.of(orders.total("100"))));

        List<Throwable> failures = runTogether(
                () -> tasks.change(author, task.id(),
                        TaskChange.fields(List.of(orders.total("111"))).atVersion(task.version())),
                () -> tasks.change(orders.signedIn(manager), task.id(),
                        TaskChange.fields(List.of(orders.total("222"))).atVersion(task.version())));

        assertThat(failures).hasSize(1);
        assertThat(failures.get(0)).isInstanceOf(TaskChangedConcurrently.class);
        assertThat(tasks.view(author, task.id()).version()).isEqualTo(task.version() + 1);
    }

    @Test
    void concurrentWritersOfDifferentFieldsAreMerged() throws Exception {
        TaskView task = tasks.create(author, NewTask.onForm(form.id(), List.of(orders.total("100"))));

        List<Throwable> failures = runTogether(
                () -> tasks.change(author, task.id(),
                        TaskChange.fields(List.of(orders.total("111"))).atVersion(task.version())),
                () -> tasks.change(orders.signedIn(manager), task.id(),
                        TaskChange.fields(List.of(orders.client("Merged"))).atVersion(task.version())));

        assertThat(failures).isEmpty();
        TaskView merged = tasks.view(author, task.id());
        assertThat(merged.version()).isEqualTo(task.version() + 2);
        assertThat(merged.subject()).contains("Merged");
        assertThat(merged.history()).filteredOn(entry -> entry.action().equals("field_changed"))
                .extracting(TaskView.HistoryEntry::fieldId).contains(OrderFixtures.CLIENT, TOTAL);
    }

    @Test
    void staleDecisionIsCheckedAgainstCurrentStep() {
        TaskView task = tasks.create(author, NewTask.onForm(form.id(), List.of()));
        tasks.change(orders.signedIn(manager), task.id(), TaskChange.approve().atVersion(task.version()));

        assertThatThrownBy(() -> tasks.change(orders.signedIn(manager), task.id(),
                TaskChange.approve().atVersion(task.version())))
                .isInstanceOf(DecisionNotAllowed.class);
    }

    @Test
    void simpleTaskFinishesAndReopens() {
        long responsible = orders.member();
        long follower = orders.member();
        TaskView task = tasks.create(author, NewTask.simple("Call the client back", responsible,
                java.time.LocalDate.parse("2026-12-20")));

        tasks.change(author, task.id(), TaskChange.subscribe(java.util.Set.of(follower), java.util.Set.of()));
        tasks.change(author, task.id(), TaskChange.dueOn(java.time.LocalDate.parse("2026-12-24")));
        TaskView finished = tasks.change(orders.signedIn(responsible), task.id(), TaskChange.finish());
        TaskView reopened = tasks.change(orders.signedIn(follower), task.id(), TaskChange.reopen());

        assertThat(task.subject()).isEqualTo("Call the client back");
        assertThat(finished.closed()).isTrue();
        assertThat(reopened.closed()).isFalse();
        assertThat(reopened.subscriberIds()).containsExactly(follower);
        assertThat(reopened.dueDate()).isEqualTo(java.time.LocalDate.parse("2026-12-24"));
        assertThat(reopened.participantIds()).containsExactlyInAnyOrder(author.memberId(), responsible, follower);
    }

    @Test
    void fieldIsFixedFromItsImmutableStep() {
        TaskView task = tasks.create(author, NewTask.onForm(form.id(), List.of()));
        tasks.change(author, task.id(), TaskChange.fields(List.of(orders.field(OrderFixtures.AGREED_PRICE, "10"))));
        tasks.change(orders.signedIn(manager), task.id(), TaskChange.approve());

        assertThatThrownBy(() -> tasks.change(author, task.id(),
                TaskChange.fields(List.of(orders.field(OrderFixtures.AGREED_PRICE, "12")))))
                .isInstanceOfSatisfying(FieldValueInvalid.class, error ->
                        assertThat(messages.getMessage(error.messageKey(), error.arguments(), Locale.ENGLISH))
                                .contains("Agreed price").contains("12"));
    }

    @Test
    void onlyFormManagerFinishesFormTask() {
        long formManager = orders.member();
        forms.grant(orders.org, form.id(), FormGrant.member(formManager, AccessLevel.MANAGER));
        TaskView task = tasks.create(author, NewTask.onForm(form.id(), List.of()));

        assertThatThrownBy(() -> tasks.change(orders.signedIn(manager), task.id(), TaskChange.finish()))
                .isInstanceOfSatisfying(DecisionNotAllowed.class, error ->
                        assertThat(error.reason()).isEqualTo(DecisionNotAllowed.Reason.NOT_MANAGER));
        TaskView finished = tasks.change(orders.signedIn(formManager), task.id(), TaskChange.finish());

        assertThat(finished.closed()).isTrue();
        assertThat(finished.resolution()).isNull();
        assertThat(finished.steps().get(0).approvals()).extracting(TaskView.ApprovalView::choice)
                .containsExactly("skipped");
    }

    @Test
    void unknownMemberAsSubscriberIsRejected() {
        long stranger = new TestOrganizations(jdbc).member(new TestOrganizations(jdbc).organization(), null);
        TaskView task = tasks.create(author, NewTask.simple("Check stock", null, null));

        assertThatThrownBy(() -> tasks.change(author, task.id(),
                TaskChange.subscribe(java.util.Set.of(stranger), java.util.Set.of())))
                .isInstanceOf(MemberNotFound.class);
    }

    private int taskCount() {
        return jdbc.sql("select count(*) from tasks where org_id = :org").param("org", orders.org)
                .query(Integer.class).single();
    }

    private static List<Throwable> runTogether(Runnable first, Runnable second) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(2);
        CountDownLatch start = new CountDownLatch(1);
        List<Throwable> failures = Collections.synchronizedList(new ArrayList<>());
        try {
            List<Future<?>> runs = new ArrayList<>();
            for (Runnable writer : List.of(first, second)) {
                runs.add(pool.submit(() -> {
                    start.await();
                    try {
                        writer.run();
                    } catch (RuntimeException failure) {
                        failures.add(failure);
                    }
                    return null;
                }));
            }
            start.countDown();
            for (Future<?> run : runs) {
                run.get(30, TimeUnit.SECONDS);
            }
        } finally {
            pool.shutdown();
        }
        return failures;
    }
}
