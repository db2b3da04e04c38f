package io.potok.automation.internal.rules;

import io.potok.platform.PotokException;

/**
 * A rule's action that cannot run on the task as configured, such as an assignee rule that names nobody. The
 * reason picks the message {@code error.rule_action_invalid.<reason>}; the run log shows it.
 */
class RuleActionInvalid extends PotokException {

    private final String reason;

    /**
     * @param reason the message key suffix, such as {@code no_assignee}
     * @param action the action's kind as stored, such as {@code assign}
     * @param detail what the action named, shown in the message
     */
    RuleActionInvalid(String reason, String action, Object detail) {
        super("rule_action_invalid", 422, action, detail == null ? "-" : detail);
        this.reason = reason;
    }

    @Override
    public String messageKey() {
        return "error.rule_action_invalid." + reason;
    }
}
