package io.potok.automation.web;

import java.time.Instant;

/**
 * One rule run as the run log tables show it, with every text already in the viewer's language.
 *
 * @param at when the run started
 * @param taskId the task the rule ran on
 * @param ruleName the rule's name when it ran
 * @param trigger what triggered it
 * @param outcome {@code done}, {@code skipped}, {@code failed}, {@code stopped} or {@code running}
 * @param condition whether the condition held, as a word; empty when the run never reached it
 * @param actions the actions that ran, in order, one per line
 * @param error what failed, or null
 */
public record RunLine(Instant at, long taskId, String ruleName, String trigger, String outcome, String condition,
                      String actions, String error) {
}
