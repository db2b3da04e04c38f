package io.potok.tasks.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Objects;
import java.util.Optional;

import io.potok.identity.Organizations;
import io.potok.tasks.OverdueTasks;
import io.potok.tasks.TaskOverdue;
import io.potok.tasks.internal.OverdueStore.Candidate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Publishes {@link TaskOverdue} for every open task whose step due time, due time or due date has passed,
 * once per task and due moment. Each task is handled in its own transaction with its row locked, so that
 * listeners see the task as it is and may change it, and a failing listener only delays that task.
 */
@Component
class OverdueSweep implements OverdueTasks {

    private static final Logger log = LoggerFactory.getLogger(OverdueSweep.class);
    /** Candidates read per kind and run; the rest wait for the next run, a minute later. */
    static final int BATCH = 500;
    /** The zone furthest ahead of UTC (Kiribati, UTC+14), where a due date ends first. */
    private static final ZoneOffset EARLIEST_ZONE = ZoneOffset.ofHours(14);

    private final OverdueStore store;
    private final TaskStore tasks;
    private final TaskEvents events;
    private final Organizations organizations;
    private final TransactionTemplate transactions;

    OverdueSweep(OverdueStore store, TaskStore tasks, TaskEvents events, Organizations organizations,
                 TransactionTemplate transactions) {
        this.store = store;
        this.tasks = tasks;
        this.events = events;
        this.organizations = organizations;
        this.transactions = transactions;
    }

    @Override
    public int publishOverdue(Instant now) {
        LocalDate latestDate = now.atOffset(EARLIEST_ZONE).toLocalDate();
        int published = 0;
        for (Candidate candidate : store.candidates(now, latestDate, BATCH)) {
            if (publishIfDue(candidate, now)) {
                published++;
            }
        }
        if (published > 0) {
            log.info("Published {} overdue tasks as of {}", published, now);
        }
        return published;
    }

    private boolean publishIfDue(Candidate candidate, Instant now) {
        try {
            return Boolean.TRUE.equals(transactions.execute(status -> publishInTransaction(candidate, now)));
        } catch (RuntimeException failure) {
            log.error("Publishing TaskOverdue failed for task {} (org {}, {} due); the next run retries it",
                    candidate.taskId(), candidate.orgId(), candidate.kind(), failure);
            return false;
        }
    }

    private boolean publishInTransaction(Candidate candidate, Instant now) {
        Optional<TaskRecord> locked = tasks.lock(candidate.orgId(), candidate.taskId());
        if (locked.isEmpty() || !stillDue(locked.get(), candidate)) {
            return false;
        }
        Instant dueAt = dueMoment(candidate);
        if (dueAt.isAfter(now) || !store.record(candidate, dueAt, now)) {
            return false;
        }
        events.publishOverdue(locked.get(), dueAt, candidate.step());
        return true;
    }

    /** Tells whether the locked task still has the due moment it was found with. */
    private static boolean stillDue(TaskRecord task, Candidate candidate) {
        if (task.closed) {
            return false;
        }
        switch (candidate.kind()) {
            case "step":
                return Objects.equals(task.stepDue, candidate.dueAt())
                        && Objects.equals(task.currentStep, candidate.step());
            case "due":
                return Objects.equals(task.due, candidate.dueAt());
            default:
                return Objects.equals(task.dueDate, candidate.dueDate());
        }
    }

    /** Returns the due moment; a due date passes when the next day starts in the organisation's zone. */
    private Instant dueMoment(Candidate candidate) {
        if (candidate.dueDate() == null) {
            return candidate.dueAt();
        }
        return candidate.dueDate().plusDays(1).atStartOfDay(organizations.timeZone(candidate.orgId())).toInstant();
    }
}
