package io.potok.automation.internal.rules;

import java.time.Instant;

import io.potok.forms.Form;
import io.potok.forms.RuleDefinition;
import io.potok.forms.RuleDefinition.TriggerKind;
import io.potok.tasks.TaskSnapshot;

/**
 * A rule about to run on a task because its trigger fired.
 *
 * @param rule the rule, from the form's latest version
 * @param form the form's latest version
 * @param task the task as the trigger left it
 * @param trigger what fired
 * @param fireKey what makes this firing unique for the rule and task: the task version for task events, the
 *        due moment for {@code due_passed}, the occurrence for {@code schedule}
 * @param at when the trigger fired
 */
record RuleFiring(RuleDefinition rule, Form form, TaskSnapshot task, TriggerKind trigger, String fireKey,
                  Instant at) {

    long formId() {
        return form.id();
    }
}
