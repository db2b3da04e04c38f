package io.potok.automation.internal.schedules;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;

import io.potok.forms.Form;
import io.potok.forms.ScheduleDefinition;
import io.potok.identity.Organizations;
import io.potok.tasks.NewTask;
import io.potok.tasks.Tasks;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Creates the tasks of recurring schedules. Each check looks at the occurrences since the schedule's last
 * check and creates a task for each one it claims. A claim is a row keyed by form, schedule and occurrence
 * time, inserted in the transaction that creates the task, so concurrent checks on several nodes create each
 * occurrence's task once. After a downtime the missed occurrences are created once each, up to the
 * {@value #CATCH_UP_LIMIT} latest.
 */
@Service
class RecurringTasks {

    /** The most missed occurrences of one schedule that a single check creates; older ones are skipped. */
    static final int CATCH_UP_LIMIT = 10;

    private static final Logger log = LoggerFactory.getLogger(RecurringTasks.class);

    private final JdbcClient jdbc;
    private final ScheduledForms scheduledForms;
    private final ScheduleAuthors authors;
    private final Organizations organizations;
    private final Tasks tasks;
    private final TransactionTemplate transactions;

    RecurringTasks(JdbcClient jdbc, ScheduledForms scheduledForms, ScheduleAuthors authors,
                   Organizations organizations, Tasks tasks, TransactionTemplate transactions) {
        this.jdbc = jdbc;
        this.scheduledForms = scheduledForms;
        this.authors = authors;
        this.organizations = organizations;
        this.tasks = tasks;
        this.transactions = transactions;
    }

    /** Creates the task of every occurrence due by {@code now} that no check has claimed yet. */
    void runDue(Instant now) {
        for (Form form : scheduledForms.all()) {
            ZoneId zone = organizations.timeZone(form.orgId());
            for (ScheduleDefinition schedule : form.definition().automation().schedules()) {
                if (runnable(schedule)) {
                    runSchedule(form, schedule, zone, now);
                }
            }
        }
    }

    /** Tells whether the schedule is an enabled recurring one complete enough to compute dates from. */
    private static boolean runnable(ScheduleDefinition schedule) {
        return schedule.enabled() && schedule.kind() == ScheduleDefinition.Kind.RECURRING
                && schedule.recurrence() != null && schedule.recurrence().frequency() != null
                && schedule.recurrence().start() != null;
    }

    private void runSchedule(Form form, ScheduleDefinition schedule, ZoneId zone, Instant now) {
        Instant since = checkedUntil(form.id(), schedule.id(), now);
        List<Instant> due = Recurrences.between(schedule.recurrence(), zone, since, now);
        if (due.size() > CATCH_UP_LIMIT) {
            log.warn("Schedule {} of form {} missed {} occurrences; creating the latest {}", schedule.id(),
                    form.id(), due.size(), CATCH_UP_LIMIT);
            due = due.subList(due.size() - CATCH_UP_LIMIT, due.size());
        }

        due.forEach(occurrence -> createOnce(form, schedule, occurrence, now));
        jdbc.sql("""
                update recurring_cursors set checked_until = greatest(checked_until, :now)
                where form_id = :form and schedule_id = :schedule""")
                .param("now", Timestamp.from(now)).param("form", form.id()).param("schedule", schedule.id())
                .update();
    }

    /** Returns when the schedule was last checked, starting its cursor at {@code now} the first time. */
    private Instant checkedUntil(long formId, String scheduleId, Instant now) {
        jdbc.sql("""
                insert into recurring_cursors (form_id, schedule_id, checked_until) values (:form, :schedule, :now)
                on conflict do nothing""")
                .param("form", formId).param("schedule", scheduleId).param("now", Timestamp.from(now)).update();
        return jdbc.sql("select checked_until from recurring_cursors where form_id = :form and schedule_id = :schedule")
                .param("form", formId).param("schedule", scheduleId)
                .query(Timestamp.class).single().toInstant();
    }

    private void createOnce(Form form, ScheduleDefinition schedule, Instant occurrence, Instant now) {
        try {
            transactions.executeWithoutResult(status -> {
                if (claim(form.id(), schedule.id(), occurrence)) {
                    long taskId = create(form, schedule, now);
                    recordTask(form.id(), schedule.id(), occurrence, taskId);
                    log.info("Schedule {} of form {} created task {} for {}", schedule.id(), form.id(), taskId,
                            occurrence);
                }
            });
        } catch (RuntimeException e) {
            log.error("Schedule {} of form {} failed to create the task for {}", schedule.id(), form.id(),
                    occurrence, e);
        }
    }

    /**
     * Inserts the occurrence's claim with a placeholder task id. A concurrent claim of the same occurrence
     * waits on the key until this transaction ends, then inserts nothing.
     */
    private boolean claim(long formId, String scheduleId, Instant occurrence) {
        return jdbc.sql("""
                insert into recurring_occurrences (form_id, schedule_id, occurs_at, task_id)
                values (:form, :schedule, :at, 0) on conflict do nothing""")
                .param("form", formId).param("schedule", scheduleId).param("at", Timestamp.from(occurrence))
                .update() == 1;
    }

    private long create(Form form, ScheduleDefinition schedule, Instant now) {
        Long responsibleId = authors.responsible(form.orgId(), schedule.responsible());
        NewTask task = new NewTask(form.id(), schedule.fields(), null, responsibleId, null, null, null, null,
                null, null);
        return tasks.importTask(form.orgId(), authors.authorOf(form, responsibleId), now, task);
    }

    private void recordTask(long formId, String scheduleId, Instant occurrence, long taskId) {
        jdbc.sql("""
                update recurring_occurrences set task_id = :task
                where form_id = :form and schedule_id = :schedule and occurs_at = :at""")
                .param("task", taskId).param("form", formId).param("schedule", scheduleId)
                .param("at", Timestamp.from(occurrence)).update();
    }
}
