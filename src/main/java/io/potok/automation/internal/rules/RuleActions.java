package io.potok.automation.internal.rules;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import io.potok.automation.internal.mail.EmailRequested;
import io.potok.automation.internal.webhooks.WebhookCallRequested;
import io.potok.forms.Form;
import io.potok.forms.FieldValues;
import io.potok.forms.Forms;
import io.potok.forms.RuleDefinition.Action;
import io.potok.forms.RuleDefinition.FieldMapping;
import io.potok.tasks.NewTask;
import io.potok.tasks.TaskChange;
import io.potok.tasks.Tasks;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * Runs one action of a rule on a task. Changes to the task go through {@link Tasks} as the automation member,
 * in the caller's transaction, so they publish task events that may trigger further rules.
 */
@Component
class RuleActions {

    private final Tasks tasks;
    private final Forms forms;
    private final FieldValues fieldValues;
    private final AssigneePicker assignees;
    private final FieldTemplates templates;
    private final EmailRecipients recipients;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    RuleActions(Tasks tasks, Forms forms, FieldValues fieldValues, AssigneePicker assignees,
                FieldTemplates templates, EmailRecipients recipients, ApplicationEventPublisher events,
                Clock clock) {
        this.tasks = tasks;
        this.forms = forms;
        this.fieldValues = fieldValues;
        this.assignees = assignees;
        this.templates = templates;
        this.recipients = recipients;
        this.events = events;
        this.clock = clock;
    }

    /**
     * Runs the action and returns a line for the run log, such as {@code set_field 3}.
     *
     * @throws io.potok.platform.PotokException when the action cannot run on the task
     */
    String run(Action action, RuleContext context) {
        String kind = action.kind().wireName();
        switch (action.kind()) {
            case SET_FIELD:
                return kind + " " + setField(action, context);
            case ASSIGN:
                return kind + " " + assign(action, context);
            case ADD_SUBSCRIBERS:
                return kind + " " + subscribe(action, context, true);
            case REMOVE_SUBSCRIBERS:
                return kind + " " + subscribe(action, context, false);
            case MOVE_TO_STEP:
                return kind + " " + moveToStep(action, context);
            case APPROVE:
                apply(context, TaskChange.approve());
                return kind;
            case REJECT:
                apply(context, TaskChange.reject());
                return kind;
            case COMMENT:
                apply(context, TaskChange.comment(templates.fill(action.template(), context)));
                return kind;
            case CREATE_TASK:
                return kind + " " + createTask(action, context);
            case SEND_EMAIL:
                return kind + " " + sendEmail(action, context);
            case CALL_WEBHOOK:
                return kind + " " + callWebhook(action, context);
            case CLOSE:
                apply(context, TaskChange.finish());
                return kind;
            case REOPEN:
                apply(context, TaskChange.reopen());
                return kind;
            default:
                throw new IllegalArgumentException("Unknown rule action: " + action.kind());
        }
    }

    private void apply(RuleContext context, TaskChange change) {
        tasks.applyAsRule(context.orgId(), context.botId(), context.rule().name(), context.taskId(), change);
    }

    private int setField(Action action, RuleContext context) {
        if (action.fieldId() == null) {
            throw new RuleActionInvalid("no_field", "set_field", null);
        }
        JsonNode value = newValue(action, context);
        ObjectNode update = JsonNodeFactory.instance.objectNode();
        update.put("id", action.fieldId());
        update.set("value", value);
        apply(context, TaskChange.fields(List.of(update)));
        return action.fieldId();
    }

    /** The value to set: a formula's result, another field's value, or the constant; null clears the field. */
    private JsonNode newValue(Action action, RuleContext context) {
        if (action.formula() != null && !action.formula().isBlank()) {
            return fieldValues.compute(context.orgId(), context.taskForm(), context.values(), action.fieldId(),
                    action.formula());
        }
        if (action.sourceFieldId() != null) {
            return context.values().get(String.valueOf(action.sourceFieldId()));
        }
        return action.value();
    }

    private long assign(Action action, RuleContext context) {
        long member = assignees.one(action.assignees(), context, "assign");
        apply(context, TaskChange.reassign(null, member));
        return member;
    }

    private Set<Long> subscribe(Action action, RuleContext context, boolean add) {
        Set<Long> members = assignees.all(action.assignees(), context, add ? "add_subscribers" : "remove_subscribers");
        apply(context, add ? TaskChange.subscribe(members, Set.of()) : TaskChange.subscribe(Set.of(), members));
        return members;
    }

    private int moveToStep(Action action, RuleContext context) {
        if (action.step() == null) {
            throw new RuleActionInvalid("no_step", "move_to_step", null);
        }
        tasks.moveAsRule(context.orgId(), context.botId(), context.rule().name(), context.taskId(), action.step());
        return action.step();
    }

    /** Creates a task on the action's form, filled through the mapping, with this task as its parent. */
    private long createTask(Action action, RuleContext context) {
        Form target = action.formId() == null ? null : forms.find(context.orgId(), action.formId())
                .filter(form -> !form.archived()).orElse(null);
        if (target == null) {
            throw new RuleActionInvalid("no_form", "create_task", action.formId());
        }
        List<JsonNode> fields = new ArrayList<>();
        for (FieldMapping mapping : action.mapping()) {
            JsonNode value = context.values().get(String.valueOf(mapping.sourceFieldId()));
            if (value != null && !value.isNull()) {
                ObjectNode field = JsonNodeFactory.instance.objectNode();
                field.put("id", mapping.targetFieldId());
                field.set("value", value);
                fields.add(field);
            }
        }
        NewTask task = new NewTask(target.id(), fields, null, null, null, null, Set.of(), Set.of(), List.of(),
                context.taskId());
        return tasks.importTask(context.orgId(), context.botId(), clock.instant(), task);
    }

    private int sendEmail(Action action, RuleContext context) {
        List<String> to = recipients.addresses(action.to(), context);
        if (to.isEmpty()) {
            throw new RuleActionInvalid("no_recipient", "send_email", String.join(", ", action.to()));
        }
        events.publishEvent(new EmailRequested(context.orgId(), to,
                templates.fill(action.subject(), context), templates.fill(action.template(), context),
                context.taskId()));
        return to.size();
    }

    private String callWebhook(Action action, RuleContext context) {
        boolean known = action.webhookId() != null && context.form().definition().automation()
                .webhook(action.webhookId()).isPresent();
        if (!known) {
            throw new RuleActionInvalid("no_webhook", "call_webhook", action.webhookId());
        }
        events.publishEvent(new WebhookCallRequested(context.orgId(), context.form().id(), action.webhookId(),
                context.taskId(), context.rule().id()));
        return action.webhookId();
    }
}
