package io.potok.automation.internal.schedules;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeParseException;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import io.potok.catalogs.CatalogItem;
import io.potok.catalogs.CatalogItemsChanged;
import io.potok.catalogs.Catalogs;
import io.potok.forms.Form;
import io.potok.forms.FormPublished;
import io.potok.forms.Forms;
import io.potok.forms.ScheduleDefinition;
import io.potok.identity.Member;
import io.potok.identity.Members;
import io.potok.identity.Organizations;
import io.potok.tasks.NewTask;
import io.potok.tasks.TaskChanged;
import io.potok.tasks.Tasks;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * Creates the tasks of per-record schedules. Each catalog item with a cadence gets a task on the form when its
 * next date is due. The member in the item's manager column is responsible, and the item is picked in the
 * form's catalog field. An item has at most one open task, and closing it sets the next date one period after
 * the closing day.
 */
@Service
class CadenceTasks {

    private static final Logger log = LoggerFactory.getLogger(CadenceTasks.class);
    private static final LocalTime DEFAULT_TIME = LocalTime.of(9, 0);

    /** Tasks this thread created that closed at once, because their form's route had no step to wait on. */
    private final ThreadLocal<Set<Long>> closedOnCreation = ThreadLocal.withInitial(HashSet::new);

    private final CadenceItems items;
    private final ScheduledForms scheduledForms;
    private final ScheduleAuthors authors;
    private final Forms forms;
    private final Catalogs catalogs;
    private final Members members;
    private final Organizations organizations;
    private final Tasks tasks;
    private final TransactionTemplate transactions;
    private final JsonMapper json;
    private final Clock clock;

    CadenceTasks(CadenceItems items, ScheduledForms scheduledForms, ScheduleAuthors authors, Forms forms,
                 Catalogs catalogs, Members members, Organizations organizations, Tasks tasks,
                 TransactionTemplate transactions, JsonMapper json, Clock clock) {
        this.items = items;
        this.scheduledForms = scheduledForms;
        this.authors = authors;
        this.forms = forms;
        this.catalogs = catalogs;
        this.members = members;
        this.organizations = organizations;
        this.tasks = tasks;
        this.transactions = transactions;
        this.json = json;
        this.clock = clock;
    }

    /** Creates a task for every item whose next date and time have come and that has no open task. */
    void runDue(Instant now) {
        for (Form form : scheduledForms.all()) {
            ZoneId zone = organizations.timeZone(form.orgId());
            for (ScheduleDefinition schedule : perRecord(form)) {
                LocalTime time = timeOf(schedule.cadence());
                for (long itemId : items.dueWithoutTask(form.id(), schedule.id(), LocalDate.ofInstant(now, zone))) {
                    createIfDue(form, schedule, itemId, zone, time, now);
                }
            }
        }
    }

    @EventListener
    void on(FormPublished event) {
        forms.find(event.orgId(), event.formId()).ifPresent(form -> reconcile(form, clock.instant()));
    }

    @EventListener
    void on(CatalogItemsChanged event) {
        for (Form form : scheduledForms.ofOrganization(event.orgId())) {
            boolean usesCatalog = perRecord(form).stream()
                    .anyMatch(schedule -> schedule.cadence().catalogId() == event.catalogId());
            if (usesCatalog) {
                reconcile(form, clock.instant());
            }
        }
    }

    /** Sets the next date of the item whose open task this change closed. */
    @EventListener
    void on(TaskChanged event) {
        if (event.created() && event.task().closed()) {
            closedOnCreation.get().add(event.task().taskId());
            return;
        }
        if (!event.facts().closed() || event.task().closedAt() == null) {
            return;
        }
        List<CadenceItems.OpenTask> open = items.openFor(event.task().taskId());
        if (open.isEmpty()) {
            return;
        }
        ZoneId zone = organizations.timeZone(event.task().orgId());
        LocalDate closedOn = LocalDate.ofInstant(event.task().closedAt(), zone);
        for (CadenceItems.OpenTask task : open) {
            items.complete(task, event.task().closedAt(), task.period().after(closedOn));
        }
    }

    /** Brings the item states of the form's per-record schedules in line with their catalogs. */
    void reconcile(Form form, Instant now) {
        ZoneId zone = organizations.timeZone(form.orgId());
        for (ScheduleDefinition schedule : perRecord(form)) {
            items.reconcile(form, schedule, zone, now);
        }
    }

    private static List<ScheduleDefinition> perRecord(Form form) {
        return form.definition().automation().schedules().stream()
                .filter(schedule -> schedule.enabled() && schedule.kind() == ScheduleDefinition.Kind.PER_RECORD
                        && schedule.cadence() != null)
                .toList();
    }

    private void createIfDue(Form form, ScheduleDefinition schedule, long itemId, ZoneId zone, LocalTime time,
                             Instant now) {
        try {
            transactions.executeWithoutResult(status -> items.lock(form.id(), schedule.id(), itemId)
                    .filter(state -> state.openTaskId() == null)
                    .filter(state -> !ZonedDateTime.of(state.nextDue(), time, zone).toInstant().isAfter(now))
                    .ifPresent(state -> create(form, schedule, state, zone, now)));
        } catch (RuntimeException e) {
            log.error("Schedule {} of form {} failed to create the task for catalog item {}", schedule.id(),
                    form.id(), itemId, e);
        }
    }

    private void create(Form form, ScheduleDefinition schedule, CadenceItems.ItemState state, ZoneId zone,
                        Instant now) {
        ScheduleDefinition.Cadence cadence = schedule.cadence();
        long itemId = state.itemId();
        Optional<CatalogItem> item = catalogs.item(form.orgId(), itemId).filter(found -> !found.deleted());
        if (item.isEmpty()) {
            items.delete(form.id(), schedule.id(), itemId);
            return;
        }
        Long managerId = manager(form.orgId(), cadence, item.get());
        NewTask task = new NewTask(form.id(), List.of(itemField(cadence.itemFieldId(), itemId)), null, managerId,
                null, null, null, null, null, null);
        Set<Long> closedAtOnce = closedOnCreation.get();
        long taskId;
        try {
            taskId = tasks.importTask(form.orgId(), authors.authorOf(form, managerId), now, task);
        } finally {
            closedOnCreation.remove();
        }

        if (closedAtOnce.contains(taskId)) {
            CadenceItems.OpenTask done = new CadenceItems.OpenTask(form.id(), schedule.id(), itemId, state.period());
            items.complete(done, now, state.period().after(LocalDate.ofInstant(now, zone)));
        } else {
            items.markOpen(form.id(), schedule.id(), itemId, taskId);
        }
        log.info("Schedule {} of form {} created task {} for catalog item {}", schedule.id(), form.id(), taskId,
                itemId);
    }

    private Long manager(long orgId, ScheduleDefinition.Cadence cadence, CatalogItem item) {
        int column = catalogs.find(orgId, cadence.catalogId()).map(found -> found.columnIndex(cadence.managerColumn()))
                .orElse(-1);
        if (column < 0 || column >= item.values().size() || item.values().get(column) == null) {
            return null;
        }
        return members.findByEmail(orgId, item.values().get(column).trim()).map(Member::id).orElse(null);
    }

    private JsonNode itemField(int fieldId, long itemId) {
        ObjectNode field = json.createObjectNode();
        field.put("id", fieldId);
        field.putObject("value").put("item_id", itemId);
        return field;
    }

    private static LocalTime timeOf(ScheduleDefinition.Cadence cadence) {
        if (cadence.time() == null || cadence.time().isBlank()) {
            return DEFAULT_TIME;
        }
        try {
            return LocalTime.parse(cadence.time().trim());
        } catch (DateTimeParseException e) {
            return DEFAULT_TIME;
        }
    }
}
