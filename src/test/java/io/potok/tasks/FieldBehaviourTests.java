package io.potok.tasks;

import static io.potok.tasks.MachineForms.ESCALATION;
import static io.potok.tasks.MachineForms.FAULT;
import static io.potok.tasks.MachineForms.HIGH;
import static io.potok.tasks.MachineForms.KIND;
import static io.potok.tasks.MachineForms.NORMAL;
import static io.potok.tasks.MachineForms.PRIORITY;
import static io.potok.tasks.MachineForms.QUANTITY;
import static io.potok.tasks.MachineForms.REPAIR;
import static io.potok.tasks.MachineForms.SALE;
import static io.potok.tasks.MachineForms.STICKER;
import static io.potok.tasks.MachineForms.choice;
import static io.potok.tasks.MachineForms.update;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import io.potok.PotokTest;
import io.potok.TestOrganizations;
import io.potok.forms.FieldValueRequired;
import io.potok.forms.Forms;
import io.potok.identity.CurrentMember;
import io.potok.registry.FilterOperator;
import io.potok.registry.Registry;
import io.potok.registry.RegistryColumn;
import io.potok.registry.RegistryFilter;
import io.potok.registry.RegistryPage;
import io.potok.registry.RegistryQuery;
import io.potok.registry.RegistryRow;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

/**
 * Per-field behaviours through the tasks service: defaults, visibility, fields under choice options,
 * unique values and the subject built from marked fields.
 */
@PotokTest
class FieldBehaviourTests {

    @Autowired
    Tasks tasks;

    @Autowired
    Forms forms;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    Registry registry;

    MachineForms machines;

    @BeforeEach
    void machineForm() {
        machines = new MachineForms(new TestOrganizations(jdbc), forms);
    }

    @Test
    void defaultsFillFieldsTheRequestOmits() {
        TaskView task = create(update(STICKER, "D-" + System.nanoTime()), update(KIND, choice(SALE)));

        assertThat(value(task, PRIORITY).path("choice_ids").get(0).asInt()).isEqualTo(NORMAL);
        assertThat(value(task, QUANTITY).asInt()).isEqualTo(1);
    }

    @Test
    void namedEmptyFieldKeepsNoDefault() {
        TaskView task = create(update(STICKER, "E-" + System.nanoTime()), update(KIND, choice(SALE)),
                update(QUANTITY, null), update(PRIORITY, choice(HIGH)), update(ESCALATION, "Client waits"));

        assertThat(field(task, QUANTITY).has("value")).isFalse();
        assertThat(value(task, PRIORITY).path("choice_ids").get(0).asInt()).isEqualTo(HIGH);
    }

    @Test
    void hiddenFieldIsNotRequired() {
        TaskView task = create(update(STICKER, "H-" + System.nanoTime()), update(KIND, choice(SALE)));

        assertThat(field(task, ESCALATION).has("value")).isFalse();
        assertThatThrownBy(() -> create(update(STICKER, "H2-" + System.nanoTime()), update(KIND, choice(SALE)),
                update(PRIORITY, choice(HIGH))))
                .isInstanceOf(FieldValueRequired.class)
                .extracting(failure -> ((FieldValueRequired) failure).arguments()[0])
                .isEqualTo("Escalation reason");
    }

    @Test
    void hiddenFieldKeepsItsValue() {
        TaskView task = create(update(STICKER, "K-" + System.nanoTime()), update(KIND, choice(SALE)),
                update(PRIORITY, choice(HIGH)), update(ESCALATION, "Client waits"));

        TaskView changed = tasks.change(machines.author(), task.id(),
                TaskChange.fields(List.of(update(PRIORITY, choice(NORMAL)))));

        assertThat(value(changed, ESCALATION).asString()).isEqualTo("Client waits");
    }

    @Test
    void optionFieldIsRequiredOnlyWhileChosen() {
        create(update(STICKER, "S-" + System.nanoTime()), update(KIND, choice(SALE)));

        assertThatThrownBy(() -> create(update(STICKER, "R-" + System.nanoTime()), update(KIND, choice(REPAIR))))
                .isInstanceOf(FieldValueRequired.class)
                .extracting(failure -> ((FieldValueRequired) failure).arguments()[0])
                .isEqualTo("Fault");
    }

    @Test
    void optionFieldStoredAtTopLevel() {
        TaskView task = create(update(STICKER, "F-" + System.nanoTime()), update(KIND, choice(REPAIR)),
                update(FAULT, "Does not heat"));

        String stored = jdbc.sql("select field_values ->> :key from tasks where id = :id")
                .param("key", String.valueOf(FAULT)).param("id", task.id()).query(String.class).single();
        assertThat(stored).isEqualTo("Does not heat");
        JsonNode nested = value(task, KIND).path("fields");
        assertThat(nested).hasSize(1);
        assertThat(nested.get(0).path("id").asInt()).isEqualTo(FAULT);
        assertThat(nested.get(0).path("parent_id").asInt()).isEqualTo(KIND);
        assertThat(nested.get(0).path("value").asString()).isEqualTo("Does not heat");
        assertThat(task.history()).anyMatch(entry -> Integer.valueOf(FAULT).equals(entry.fieldId()));
    }

    @Test
    void optionFieldIsARegistryColumn() {
        TaskView task = create(update(STICKER, "G-" + System.nanoTime()), update(KIND, choice(REPAIR)),
                update(FAULT, "Grinder jams"));
        CurrentMember admin = TestOrganizations.signedIn(machines.orgId, machines.authorId, true);

        assertThat(registry.columns(machines.orgId, machines.form.id())).extracting(RegistryColumn::fieldId)
                .contains(FAULT);
        RegistryPage found = registry.query(admin, RegistryQuery.of(machines.form.id())
                .where(RegistryFilter.field(FAULT, FilterOperator.EQUALS, "Grinder jams")));
        assertThat(found.rows()).extracting(RegistryRow::taskId).containsExactly(task.id());
    }

    @Test
    void subjectJoinsMarkedFieldsInFormOrder() {
        String sticker = "SUB-" + System.nanoTime();
        TaskView task = create(update(STICKER, sticker), update(KIND, choice(REPAIR)), update(FAULT, "Leaks"));

        assertThat(task.subject()).isEqualTo(sticker + ", Repair");
    }

    @Test
    void uniqueValueRejectedOnCreate() {
        String sticker = "U-" + System.nanoTime();
        TaskView first = create(update(STICKER, sticker), update(KIND, choice(SALE)));

        assertThatThrownBy(() -> create(update(STICKER, " " + sticker.toLowerCase() + " "), update(KIND, choice(SALE))))
                .isInstanceOf(FieldValueNotUnique.class)
                .satisfies(failure -> {
                    Object[] arguments = ((FieldValueNotUnique) failure).arguments();
                    assertThat(arguments[0]).isEqualTo("Sticker number");
                    assertThat(arguments[1]).isEqualTo(sticker.toLowerCase());
                    assertThat(arguments[2]).isEqualTo(first.id());
                    assertThat(((FieldValueNotUnique) failure).status()).isEqualTo(409);
                });
        assertThat(tasksOfForm()).isEqualTo(1);
    }

    @Test
    void uniqueValueRejectedOnChange() {
        String sticker = "C-" + System.nanoTime();
        TaskView first = create(update(STICKER, sticker), update(KIND, choice(SALE)));
        TaskView second = create(update(STICKER, sticker + "-2"), update(KIND, choice(SALE)));

        assertThatThrownBy(() -> tasks.change(machines.author(), second.id(),
                TaskChange.fields(List.of(update(STICKER, sticker)))))
                .isInstanceOf(FieldValueNotUnique.class);

        tasks.change(machines.author(), first.id(), TaskChange.fields(List.of(update(STICKER, sticker + "-1"))));
        TaskView moved = tasks.change(machines.author(), second.id(), TaskChange.fields(List.of(update(STICKER, sticker))));
        assertThat(value(moved, STICKER).asString()).isEqualTo(sticker);
    }

    @Test
    void closedTaskStillHoldsItsUniqueValue() {
        String sticker = "Z-" + System.nanoTime();
        TaskView first = create(update(STICKER, sticker), update(KIND, choice(SALE)));
        tasks.change(TestOrganizations.signedIn(machines.orgId, machines.technicianId, false), first.id(),
                TaskChange.approve());
        assertThat(tasks.view(machines.author(), first.id()).closed()).isTrue();

        assertThatThrownBy(() -> create(update(STICKER, sticker), update(KIND, choice(SALE))))
                .isInstanceOf(FieldValueNotUnique.class);
    }

    @Test
    void concurrentCreatesGiveAUniqueValueToOneTask() throws Exception {
        String sticker = "P-" + System.nanoTime();
        CountDownLatch start = new CountDownLatch(1);
        Callable<Long> creation = () -> {
            start.await();
            return create(update(STICKER, sticker), update(KIND, choice(SALE))).id();
        };
        ExecutorService threads = Executors.newFixedThreadPool(2);
        try {
            List<Future<Long>> results = List.of(threads.submit(creation), threads.submit(creation));
            start.countDown();

            List<Long> created = new ArrayList<>();
            List<Throwable> failures = new ArrayList<>();
            for (Future<Long> result : results) {
                try {
                    created.add(result.get(60, TimeUnit.SECONDS));
                } catch (ExecutionException failed) {
                    failures.add(failed.getCause());
                }
            }
            assertThat(created).hasSize(1);
            assertThat(failures).hasSize(1);
            assertThat(failures.get(0)).isInstanceOf(FieldValueNotUnique.class);
            assertThat(((FieldValueNotUnique) failures.get(0)).arguments()[2]).isEqualTo(created.get(0));
        } finally {
            threads.shutdownNow();
        }
    }

    private TaskView create(JsonNode... fields) {
        return tasks.create(machines.author(), NewTask.onForm(machines.form.id(), List.of(fields)));
    }

    private long tasksOfForm() {
        return jdbc.sql("select count(*) from tasks where form_id = :form").param("form", machines.form.id())
                .query(Long.class).single();
    }

    private static JsonNode field(TaskView task, int fieldId) {
        Optional<JsonNode> found = task.fields().valueStream()
                .filter(field -> field.path("id").asInt() == fieldId).findFirst();
        return found.orElseThrow(() -> new AssertionError("No field " + fieldId + " in " + task.fields()));
    }

    private static JsonNode value(TaskView task, int fieldId) {
        return field(task, fieldId).path("value");
    }
}
