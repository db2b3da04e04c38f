package io.potok.automation.internal.rules;

import java.time.Clock;
import java.util.Optional;

import io.potok.forms.Form;
import io.potok.forms.Forms;
import io.potok.forms.RuleDefinition;
import io.potok.forms.RuleDefinition.TriggerKind;
import io.potok.tasks.TaskChanged;
import io.potok.tasks.TaskOverdue;
import io.potok.tasks.TaskSnapshot;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * Fires the rules of a task's form on task events, synchronously in the event's transaction. The rules come
 * from the form's latest version, whatever version the task follows, and run in the order they are listed.
 */
@Component
class RuleEngine {

    private final Forms forms;
    private final RuleRunner runner;
    private final JsonMapper json;
    private final Clock clock;

    RuleEngine(Forms forms, RuleRunner runner, JsonMapper json, Clock clock) {
        this.forms = forms;
        this.runner = runner;
        this.json = json;
        this.clock = clock;
    }

    @EventListener
    void onTaskChanged(TaskChanged event) {
        TaskSnapshot task = event.task();
        Optional<Form> form = latestForm(task);
        if (form.isEmpty()) {
            return;
        }
        ObjectNode values = (ObjectNode) json.readTree(task.fieldValuesJson());
        for (RuleDefinition rule : form.get().definition().automation().rules()) {
            TriggerKind kind = rule.trigger() == null ? null : rule.trigger().kind();
            if (rule.enabled() && kind != null && RuleTriggers.isTaskEvent(kind)
                    && RuleTriggers.fires(rule.trigger(), event, form.get().definition(), values)) {
                runner.run(new RuleFiring(rule, form.get(), task, kind, RuleTriggers.versionKey(event),
                        clock.instant()));
            }
        }
    }

    @EventListener
    void onTaskOverdue(TaskOverdue event) {
        TaskSnapshot task = event.task();
        Optional<Form> form = latestForm(task);
        if (form.isEmpty() || task.closed()) {
            return;
        }
        String fireKey = "due " + event.dueAt() + (event.step() == null ? "" : " step " + event.step());
        for (RuleDefinition rule : form.get().definition().automation().rules()) {
            if (rule.enabled() && rule.trigger() != null && rule.trigger().kind() == TriggerKind.DUE_PASSED) {
                runner.run(new RuleFiring(rule, form.get(), task, TriggerKind.DUE_PASSED, fireKey, clock.instant()));
            }
        }
    }

    private Optional<Form> latestForm(TaskSnapshot task) {
        if (task.formId() == null) {
            return Optional.empty();
        }
        return forms.find(task.orgId(), task.formId())
                .filter(form -> !form.definition().automation().rules().isEmpty());
    }
}
