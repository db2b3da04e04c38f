package io.potok.forms;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonValue;
import tools.jackson.databind.JsonNode;

/**
 * A rule without code: when its trigger fires on a task of the form and its condition holds, its actions run
 * in order. Local actions run in the trigger's transaction; email and webhook actions leave through the outbox.
 *
 * @param id stable identifier within the form, kept across versions, so run logs follow the rule
 * @param name what the administrator calls the rule
 * @param enabled a disabled rule is kept but never fires
 * @param trigger what makes the rule run
 * @param condition the rule acts only when this holds; null means always
 * @param actions what the rule does, in order
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record RuleDefinition(String id, String name, boolean enabled, Trigger trigger, Condition condition,
                             List<Action> actions) {

    public RuleDefinition {
        actions = actions == null ? List.of() : List.copyOf(actions);
    }

    /**
     * The event that makes a rule run.
     *
     * @param kind the event
     * @param fieldId for {@code field_changed}: the field watched
     * @param value for {@code field_changed}: fire only when the field becomes this value (in the API's
     *        write shape); null for any change
     * @param step for {@code step_entered} and {@code decision_made}: the step; null for any step
     * @param decision for {@code decision_made}: {@code approved} or {@code rejected}; null for either
     * @param schedule for {@code schedule}: when it fires, in the organisation's time zone; the rule then
     *        runs on every open task of the form
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Trigger(TriggerKind kind, Integer fieldId, JsonNode value, Integer step, String decision,
                          Recurrence schedule) {

        public static Trigger of(TriggerKind kind) {
            return new Trigger(kind, null, null, null, null, null);
        }
    }

    /** The events a rule can be triggered by. */
    public enum TriggerKind {
        TASK_CREATED, FIELD_CHANGED, STEP_ENTERED, DECISION_MADE, COMMENT_ADDED, TASK_CLOSED, TASK_REOPENED,
        DUE_PASSED, SCHEDULE;

        @JsonValue
        public String wireName() {
            return name().toLowerCase();
        }

        @JsonCreator
        public static TriggerKind fromWireName(String name) {
            return valueOf(name.toUpperCase());
        }
    }

    /**
     * One action of a rule. Which parameters an action uses depends on its kind:
     * <ul>
     * <li>{@code set_field}: {@code fieldId} and one of {@code value} (a constant in the API's write shape),
     * {@code sourceFieldId} (another field's value) or {@code formula} (as in computed fields);</li>
     * <li>{@code assign}: {@code assignees}, who becomes responsible and takes the current step's waiting
     * approvals; {@code add_subscribers} and {@code remove_subscribers}: {@code assignees};</li>
     * <li>{@code move_to_step}: {@code step}; {@code approve}, {@code reject}, {@code close}, {@code reopen}:
     * nothing, taken as the rule;</li>
     * <li>{@code comment}: {@code template}, text where {@code {field name}} stands for a field's value;</li>
     * <li>{@code create_task}: {@code formId} and {@code mapping}, which fields of the new task take which
     * fields of this one;</li>
     * <li>{@code send_email}: {@code to} (addresses, or {@code {field name}} placeholders naming person or
     * email fields, or {@code author}, {@code responsible}), {@code subject} and {@code template};</li>
     * <li>{@code call_webhook}: {@code webhookId}, one of the form's webhook subscriptions.</li>
     * </ul>
     */
    @JsonInclude(JsonInclude.Include.NON_EMPTY)
    public record Action(ActionKind kind, Integer fieldId, JsonNode value, Integer sourceFieldId, String formula,
                         RouteDefinition.Assignees assignees, Integer step, String template, Long formId,
                         List<FieldMapping> mapping, List<String> to, String subject, String webhookId) {

        public Action {
            mapping = mapping == null ? List.of() : List.copyOf(mapping);
            to = to == null ? List.of() : List.copyOf(to);
        }

        public static Action of(ActionKind kind) {
            return new Action(kind, null, null, null, null, null, null, null, null, null, null, null, null);
        }
    }

    /** The kinds of action a rule takes. */
    public enum ActionKind {
        SET_FIELD, ASSIGN, ADD_SUBSCRIBERS, REMOVE_SUBSCRIBERS, MOVE_TO_STEP, APPROVE, REJECT, COMMENT,
        CREATE_TASK, SEND_EMAIL, CALL_WEBHOOK, CLOSE, REOPEN;

        @JsonValue
        public String wireName() {
            return name().toLowerCase();
        }

        @JsonCreator
        public static ActionKind fromWireName(String name) {
            return valueOf(name.toUpperCase());
        }
    }

    /**
     * A mapping from a field of the task the rule runs on to a field of the task it creates.
     *
     * @param sourceFieldId the field of the task the rule runs on
     * @param targetFieldId the field of the new task
     */
    public record FieldMapping(int sourceFieldId, int targetFieldId) {
    }
}
