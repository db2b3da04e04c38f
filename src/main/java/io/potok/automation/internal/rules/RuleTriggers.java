package io.potok.automation.internal.rules;

import java.util.ArrayList;
import java.util.List;

import io.potok.forms.Condition;
import io.potok.forms.ConditionEvaluator;
import io.potok.forms.FormDefinition;
import io.potok.forms.RuleDefinition.Trigger;
import io.potok.forms.RuleDefinition.TriggerKind;
import io.potok.tasks.TaskChangeFacts;
import io.potok.tasks.TaskChanged;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Decides whether a rule's trigger fires on a task change.
 */
final class RuleTriggers {

    private RuleTriggers() {
    }

    /** Tells whether the trigger fires on the change; {@code due_passed} and {@code schedule} never do. */
    static boolean fires(Trigger trigger, TaskChanged event, FormDefinition form, ObjectNode values) {
        TaskChangeFacts facts = event.facts();
        switch (trigger.kind()) {
            case TASK_CREATED:
                return event.created();
            case FIELD_CHANGED:
                return fieldChanged(trigger, facts, form, values);
            case STEP_ENTERED:
                return trigger.step() == null ? !facts.enteredSteps().isEmpty()
                        : facts.enteredSteps().contains(trigger.step());
            case DECISION_MADE:
                return facts.decision() != null
                        && (trigger.step() == null || trigger.step().equals(facts.decidedStep()))
                        && (trigger.decision() == null || trigger.decision().equalsIgnoreCase(facts.decision()));
            case COMMENT_ADDED:
                return facts.commented();
            case TASK_CLOSED:
                return facts.closed();
            case TASK_REOPENED:
                return facts.reopened();
            default:
                return false;
        }
    }

    /**
     * A field trigger fires when the field changed (any field when it names none) and, when it names a value,
     * the field now equals that value.
     */
    private static boolean fieldChanged(Trigger trigger, TaskChangeFacts facts, FormDefinition form,
                                        ObjectNode values) {
        if (trigger.fieldId() == null) {
            return !facts.changedFieldIds().isEmpty();
        }
        if (!facts.changedFieldIds().contains(trigger.fieldId())) {
            return false;
        }
        if (trigger.value() == null || trigger.value().isNull()) {
            return true;
        }
        Condition equals = new Condition.FieldIs(trigger.fieldId(), Condition.Operator.EQUALS,
                operands(trigger.value()));
        return ConditionEvaluator.holds(equals, form, values);
    }

    /** Reads a value in the API's write shape as condition operands: ids for choices, items and members. */
    static List<String> operands(JsonNode value) {
        List<String> operands = new ArrayList<>();
        if (value.isObject()) {
            for (String key : List.of("choice_ids", "choice_id", "item_ids", "item_id", "id")) {
                if (value.has(key)) {
                    return operands(value.get(key));
                }
            }
            return operands;
        }
        if (value.isArray()) {
            value.forEach(element -> operands.add(element.asString()));
            return operands;
        }
        operands.add(value.asString());
        return operands;
    }

    /** The fire key of a task event: the task version the change produced. */
    static String versionKey(TaskChanged event) {
        return "v" + event.task().version();
    }

    static boolean isTaskEvent(TriggerKind kind) {
        return kind != TriggerKind.DUE_PASSED && kind != TriggerKind.SCHEDULE;
    }
}
