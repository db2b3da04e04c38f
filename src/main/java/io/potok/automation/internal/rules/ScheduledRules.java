package io.potok.automation.internal.rules;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;

import io.potok.automation.internal.schedules.Recurrences;
import io.potok.forms.Form;
import io.potok.forms.Forms;
import io.potok.forms.RuleDefinition;
import io.potok.forms.RuleDefinition.TriggerKind;
import io.potok.identity.Organizations;
import io.potok.tasks.TaskSnapshot;
import io.potok.tasks.Tasks;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Runs rules triggered by a schedule. Each due occurrence of a rule's recurrence, in the organisation's time
 * zone, is claimed once and then runs the rule on every open task of the form, each task in its own
 * transaction. After downtime, occurrences of the last {@link #CATCH_UP} that were never claimed run once each.
 *
 * <p>NOTE: a node that stops while running an occurrence leaves the remaining tasks without that occurrence,
 * because the occurrence is claimed before its tasks run.
 */
@Component
class ScheduledRules {

    /** How far back missed occurrences are still run. */
    static final Duration CATCH_UP = Duration.ofDays(1);

    private static final Logger log = LoggerFactory.getLogger(ScheduledRules.class);

    private final Organizations organizations;
    private final Forms forms;
    private final Tasks tasks;
    private final RuleOccurrences occurrences;
    private final RuleRunner runner;
    private final TransactionTemplate transaction;

    ScheduledRules(Organizations organizations, Forms forms, Tasks tasks, RuleOccurrences occurrences,
                   RuleRunner runner, PlatformTransactionManager transactions) {
        this.organizations = organizations;
        this.forms = forms;
        this.tasks = tasks;
        this.occurrences = occurrences;
        this.runner = runner;
        this.transaction = new TransactionTemplate(transactions);
    }

    /** Runs every schedule-triggered rule whose occurrence is due at {@code now} and not yet claimed. */
    void runDue(Instant now) {
        for (long orgId : organizations.ids()) {
            ZoneId zone = organizations.timeZone(orgId);
            for (Form form : forms.list(orgId)) {
                if (!form.archived()) {
                    runDue(form, zone, now);
                }
            }
        }
    }

    private void runDue(Form form, ZoneId zone, Instant now) {
        for (RuleDefinition rule : form.definition().automation().rules()) {
            if (rule.enabled() && rule.trigger() != null && rule.trigger().kind() == TriggerKind.SCHEDULE
                    && rule.trigger().schedule() != null) {
                runDue(form, rule, zone, now);
            }
        }
    }

    /** Runs the rule's due occurrences and logs a failure, so that the other rules still run. */
    private void runDue(Form form, RuleDefinition rule, ZoneId zone, Instant now) {
        try {
            for (Instant occurrence : dueOccurrences(form, rule, zone, now)) {
                if (occurrences.claim(form.id(), rule.id(), occurrence, now)) {
                    runOccurrence(form, rule, occurrence, now);
                }
            }
        } catch (RuntimeException failure) {
            log.error("Scheduled rule {} of form {} in organisation {} failed at {}", rule.id(), form.id(),
                    form.orgId(), now, failure);
        }
    }

    private List<Instant> dueOccurrences(Form form, RuleDefinition rule, ZoneId zone, Instant now) {
        Instant from = now.minus(CATCH_UP);
        Instant last = occurrences.lastClaimed(form.id(), rule.id()).orElse(from);
        return Recurrences.between(rule.trigger().schedule(), zone, last.isAfter(from) ? last : from, now);
    }

    private void runOccurrence(Form form, RuleDefinition rule, Instant occurrence, Instant now) {
        List<TaskSnapshot> open = tasks.openTasks(form.orgId(), form.id());
        log.info("Rule {} of form {} runs for its occurrence at {} on {} open tasks", rule.id(), form.id(),
                occurrence, open.size());
        String fireKey = "at " + occurrence;
        for (TaskSnapshot task : open) {
            transaction.executeWithoutResult(status ->
                    runner.run(new RuleFiring(rule, form, task, TriggerKind.SCHEDULE, fireKey, now)));
        }
    }
}
