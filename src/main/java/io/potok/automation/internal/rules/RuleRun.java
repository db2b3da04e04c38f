package io.potok.automation.internal.rules;

import java.time.Instant;
import java.util.List;

import io.potok.forms.RuleDefinition.TriggerKind;

/**
 * One firing of a rule on a task, as the run log shows it.
 *
 * @param id run id
 * @param orgId organisation
 * @param formId the form whose rule fired
 * @param ruleId the rule's id within the form
 * @param ruleName the rule's name when it fired
 * @param taskId the task it fired on
 * @param taskVersion the task's version that triggered it
 * @param trigger what triggered it
 * @param startedAt when it started (UTC)
 * @param conditionHeld whether its condition held; null when it never got to the condition (stopped)
 * @param actionsDone one line per action that ran, in order, such as {@code set_field 3}
 * @param error what failed, in the organisation's default language; null when nothing failed
 * @param depth 1 for a rule triggered by a member's change, one more for each rule in between
 * @param outcome how the run ended
 */
public record RuleRun(long id, long orgId, long formId, String ruleId, String ruleName, long taskId,
                      int taskVersion, TriggerKind trigger, Instant startedAt, Boolean conditionHeld,
                      List<String> actionsDone, String error, int depth, Outcome outcome) {

    public RuleRun {
        actionsDone = List.copyOf(actionsDone);
    }

    /** The outcome of a run. */
    public enum Outcome {
        /** Still running; only seen from inside the transaction that runs it. */
        RUNNING,
        /** The condition held and every action ran. */
        DONE,
        /** The condition did not hold, so no action ran. */
        SKIPPED,
        /** An action failed; every change of the rule was rolled back. */
        FAILED,
        /** Rules triggering each other reached the depth limit, so the rule did not run. */
        STOPPED;

        public String wireName() {
            return name().toLowerCase();
        }

        public static Outcome fromWireName(String name) {
            return valueOf(name.toUpperCase());
        }
    }
}
