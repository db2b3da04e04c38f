package io.potok.automation.internal.rules;

import io.potok.forms.Form;
import io.potok.forms.RuleDefinition;
import io.potok.tasks.TaskSnapshot;
import tools.jackson.databind.node.ObjectNode;

/**
 * The subject of a rule's actions: the task as it is now and the form version it follows.
 *
 * @param rule the rule running
 * @param form the form's latest version, which the rule belongs to
 * @param taskForm the form version the task follows, whose fields and route the task's values use
 * @param task the task as it is now
 * @param values the task's stored field values
 * @param botId the organisation's automation member, who makes the rule's changes
 */
record RuleContext(RuleDefinition rule, Form form, Form taskForm, TaskSnapshot task, ObjectNode values,
                   long botId) {

    long orgId() {
        return task.orgId();
    }

    long taskId() {
        return task.taskId();
    }
}
