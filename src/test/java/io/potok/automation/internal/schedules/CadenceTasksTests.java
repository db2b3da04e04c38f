package io.potok.automation.internal.schedules;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Date;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

import io.potok.PotokTest;
import io.potok.TestOrganizations;
import io.potok.catalogs.Catalog;
import io.potok.catalogs.CatalogEditor;
import io.potok.catalogs.CatalogItem;
import io.potok.catalogs.CatalogQueries;
import io.potok.forms.AutomationDefinition;
import io.potok.forms.FieldDefinition;
import io.potok.forms.FieldSettings;
import io.potok.forms.FieldType;
import io.potok.forms.Form;
import io.potok.forms.FormDefinition;
import io.potok.forms.Forms;
import io.potok.forms.RouteDefinition;
import io.potok.forms.RouteDefinition.Assignees;
import io.potok.forms.ScheduleDefinition;
import io.potok.identity.CurrentMember;
import io.potok.tasks.TaskChange;
import io.potok.tasks.Tasks;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Drives per-record schedules with the real clock's moment, because the item states start from it when the
 * form is published. An item never gets a second open task, so every assertion here passes whichever check
 * creates its task.
 */
@PotokTest
class CadenceTasksTests {

    private static final ZoneId MOSCOW = ZoneId.of("Europe/Moscow");
    private static final int CLIENT_FIELD = 1;

    @Autowired
    CadenceTasks cadenceTasks;

    @Autowired
    Forms forms;

    @Autowired
    CatalogEditor catalogEditor;

    @Autowired
    CatalogQueries catalogQueries;

    @Autowired
    Tasks tasks;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    Clock clock;

    long orgId;
    long publisher;
    CurrentMember manager;
    String managerEmail;
    Catalog clients;
    CatalogItem monthly;
    CatalogItem quarterly;
    CatalogItem halfYearly;
    CatalogItem weekly;
    Form form;

    @BeforeEach
    void clientsWithCadences() {
        TestOrganizations organizations = new TestOrganizations(jdbc);
        orgId = organizations.organization();
        long managerId = organizations.member(orgId, null);
        manager = TestOrganizations.signedIn(orgId, managerId, false);
        managerEmail = jdbc.sql("select email from members where id = :id").param("id", managerId)
                .query(String.class).single();
        clients = catalogEditor.createCatalog(orgId, "Clients " + System.nanoTime(), List.of(
                new Catalog.Header("Клиент", "text"), new Catalog.Header("Периодичность звонков", "text"),
                new Catalog.Header("Менеджер", "member")));
        monthly = catalogEditor.addItem(orgId, clients.id(), List.of("Кофейня Арома", "Ежемесячно", managerEmail));
        quarterly = catalogEditor.addItem(orgId, clients.id(), List.of("Кофе-бар Нева", "quarterly", managerEmail));
        halfYearly = catalogEditor.addItem(orgId, clients.id(), List.of("Торговый дом Урал", "Раз в полгода", ""));
        weekly = catalogEditor.addItem(orgId, clients.id(), List.of("Магазин Волга", "weekly", managerEmail));
        publisher = organizations.member(orgId, null);
        form = forms.create(orgId, "Calls " + System.nanoTime(), callsForm(), publisher);
    }

    @Test
    void publishingStartsEveryItemWithKnownCadence() {
        List<Long> itemIds = jdbc.sql("select item_id from cadence_items where form_id = :form order by item_id")
                .param("form", form.id()).query(Long.class).list();

        assertThat(itemIds).containsExactly(monthly.id(), quarterly.id(), halfYearly.id());
        assertThat(cadence(monthly)).isEqualTo("monthly");
        assertThat(cadence(halfYearly)).isEqualTo("half_yearly");
        assertThat(nextDue(monthly)).isBetween(today(), today().plusDays(CadencePeriod.SPREAD_DAYS - 1));
    }

    @Test
    void dueItemGetsOneTaskForItsManager() {
        makeDue(monthly);

        cadenceTasks.runDue(clock.instant());
        cadenceTasks.runDue(clock.instant());

        List<Long> taskIds = tasksFor(monthly);
        assertThat(taskIds).hasSize(1);
        assertThat(openTask(monthly)).isEqualTo(taskIds.get(0));
        assertThat(responsibleOrZero(taskIds.get(0))).isEqualTo(manager.memberId());
    }

    @Test
    void itemWithoutManagerGetsUnassignedTask() {
        makeDue(halfYearly);

        cadenceTasks.runDue(clock.instant());

        assertThat(tasksFor(halfYearly)).hasSize(1);
        assertThat(responsibleOrZero(tasksFor(halfYearly).get(0))).isZero();
    }

    @Test
    void closingTaskCountsNextDateFromClosingDay() {
        makeDue(monthly);
        cadenceTasks.runDue(clock.instant());
        long taskId = tasksFor(monthly).get(0);

        tasks.change(manager, taskId, TaskChange.approve());

        assertThat(openTask(monthly)).isNull();
        assertThat(nextDue(monthly)).isEqualTo(today().plusMonths(1));
        assertThat(lastCompleted(monthly)).isNotNull();
    }

    @Test
    void taskClosedAtCreationCountsAsCompleted() {
        Form withoutRoute = forms.create(orgId, "Calls without route " + System.nanoTime(),
                new FormDefinition(callsForm().fields(), RouteDefinition.NONE).withAutomation(callsForm().automation()),
                publisher);
        jdbc.sql("update cadence_items set next_due = :due where form_id = :form and item_id = :item")
                .param("due", Date.valueOf(today().minusDays(1))).param("form", withoutRoute.id())
                .param("item", monthly.id()).update();

        cadenceTasks.runDue(clock.instant());

        LocalDate nextDue = jdbc.sql("select next_due from cadence_items where form_id = :form and item_id = :item")
                .param("form", withoutRoute.id()).param("item", monthly.id()).query(Date.class).single().toLocalDate();
        Long openTask = jdbc.sql("select open_task_id from cadence_items where form_id = :form and item_id = :item")
                .param("form", withoutRoute.id()).param("item", monthly.id())
                .query((row, number) -> (Long) row.getObject("open_task_id")).list().get(0);
        assertThat(nextDue).isEqualTo(today().plusMonths(1));
        assertThat(openTask).isNull();
    }

    @Test
    void cadenceChangeMovesNextDate() {
        makeDue(monthly);
        cadenceTasks.runDue(clock.instant());
        tasks.change(manager, tasksFor(monthly).get(0), TaskChange.approve());

        editCadence(monthly, "Ежеквартально");

        assertThat(cadence(monthly)).isEqualTo("quarterly");
        assertThat(nextDue(monthly)).isEqualTo(today().plusMonths(3));
    }

    @Test
    void unknownCadenceAndArchivedItemStop() {
        editCadence(quarterly, "");
        long version = catalogQueries.item(orgId, clients.id(), monthly.id()).orElseThrow().version();
        catalogEditor.archiveItem(orgId, clients.id(), monthly.id(), version);

        List<Long> itemIds = jdbc.sql("select item_id from cadence_items where form_id = :form")
                .param("form", form.id()).query(Long.class).list();

        assertThat(itemIds).containsExactly(halfYearly.id());
    }

    private FormDefinition callsForm() {
        FieldDefinition client = FieldDefinition.of(CLIENT_FIELD, "Клиент", FieldType.CATALOG)
                .withInfo(FieldSettings.catalog(clients.id()));
        ScheduleDefinition calls = new ScheduleDefinition("calls", "Client calls", true,
                ScheduleDefinition.Kind.PER_RECORD, null, List.of(), null,
                new ScheduleDefinition.Cadence(clients.id(), "Периодичность звонков", "Менеджер", CLIENT_FIELD,
                        "00:00"));
        RouteDefinition.Step call = new RouteDefinition.Step(1, "Звонок", null,
                List.of(new RouteDefinition.AssigneeRule(null, Assignees.anyOf(manager.memberId()))), null);
        return new FormDefinition(List.of(client), new RouteDefinition(List.of(call)))
                .withAutomation(new AutomationDefinition(List.of(), List.of(calls), List.of()));
    }

    private void makeDue(CatalogItem item) {
        jdbc.sql("update cadence_items set next_due = :due where form_id = :form and item_id = :item")
                .param("due", Date.valueOf(today().minusDays(1))).param("form", form.id()).param("item", item.id())
                .update();
    }

    private void editCadence(CatalogItem item, String cadence) {
        long version = catalogQueries.item(orgId, clients.id(), item.id()).orElseThrow().version();
        List<String> values = List.of(item.values().get(0), cadence, item.values().get(2));
        catalogEditor.editItem(orgId, clients.id(), item.id(), version, values);
    }

    private List<Long> tasksFor(CatalogItem item) {
        return jdbc.sql("""
                select id from tasks where form_id = :form
                and field_values -> '1' -> 'item_ids' @> to_jsonb(array[:item]::bigint[]) order by id""")
                .param("form", form.id()).param("item", item.id()).query(Long.class).list();
    }

    private long responsibleOrZero(long taskId) {
        return jdbc.sql("select coalesce(responsible_id, 0) from tasks where id = :id").param("id", taskId)
                .query(Long.class).single();
    }

    private String cadence(CatalogItem item) {
        return column(item, "cadence", String.class);
    }

    private LocalDate nextDue(CatalogItem item) {
        return column(item, "next_due", Date.class).toLocalDate();
    }

    private Long openTask(CatalogItem item) {
        return column(item, "open_task_id", Long.class);
    }

    private Instant lastCompleted(CatalogItem item) {
        java.sql.Timestamp completed = column(item, "last_completed_at", java.sql.Timestamp.class);
        return completed == null ? null : completed.toInstant();
    }

    private <T> T column(CatalogItem item, String column, Class<T> type) {
        return jdbc.sql("select " + column + " from cadence_items where form_id = :form and item_id = :item")
                .param("form", form.id()).param("item", item.id())
                .query((row, number) -> row.getObject(column, type)).list().get(0);
    }

    private LocalDate today() {
        return LocalDate.ofInstant(clock.instant(), MOSCOW);
    }
}
