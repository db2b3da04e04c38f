package io.potok.automation.internal.webhooks;

import java.util.List;
import java.util.Optional;

import io.potok.forms.Form;
import io.potok.forms.Forms;
import io.potok.forms.WebhookSubscription;
import io.potok.forms.WebhookSubscription.Event;
import io.potok.tasks.TaskChanged;
import io.potok.tasks.TaskSnapshot;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Turns task changes and rules' {@code call_webhook} actions into webhook deliveries. It listens synchronously,
 * inside the change's transaction, so a delivery is queued exactly when the change commits. The subscriptions
 * of the form's latest published version apply to every task of the form.
 */
@Component
class WebhookListener {

    private static final Logger log = LoggerFactory.getLogger(WebhookListener.class);

    private final Forms forms;
    private final RecentSnapshots snapshots;
    private final WebhookQueue queue;

    WebhookListener(Forms forms, RecentSnapshots snapshots, WebhookQueue queue) {
        this.forms = forms;
        this.snapshots = snapshots;
        this.queue = queue;
    }

    @EventListener
    void on(TaskChanged change) {
        TaskSnapshot task = change.task();
        List<WebhookSubscription> subscriptions = enabledSubscriptions(task.orgId(), task.formId());
        if (subscriptions.isEmpty()) {
            return;
        }
        List<Event> raised = WebhookEvents.raisedBy(change);
        for (WebhookSubscription subscription : subscriptions) {
            Event event = WebhookEvents.deliveredTo(subscription, raised);
            if (event != null) {
                queue.enqueue(task, subscription, event.wireName(), null);
            }
        }
    }

    @EventListener
    void on(WebhookCallRequested request) {
        Optional<WebhookSubscription> subscription = enabledSubscriptions(request.orgId(), request.formId())
                .stream().filter(candidate -> candidate.id().equals(request.webhookId())).findFirst();
        if (subscription.isEmpty()) {
            log.warn("Rule {} calls webhook {} of form {}, which is missing or disabled; nothing is sent",
                    request.ruleId(), request.webhookId(), request.formId());
            return;
        }
        Optional<TaskSnapshot> task = snapshots.find(request.taskId());
        if (task.isEmpty()) {
            // NOTE: only rules run from a task event in the same transaction can call a webhook.
            log.warn("Rule {} calls webhook {} for task {}, but no task event of this transaction carried the "
                    + "task; nothing is sent", request.ruleId(), request.webhookId(), request.taskId());
            return;
        }
        queue.enqueue(task.get(), subscription.get(), "rule", request.ruleId());
    }

    private List<WebhookSubscription> enabledSubscriptions(long orgId, Long formId) {
        if (formId == null) {
            return List.of();
        }
        return forms.find(orgId, formId)
                .map(Form::definition)
                .map(definition -> definition.automation().webhooks())
                .orElse(List.of())
                .stream()
                .filter(WebhookSubscription::enabled)
                .toList();
    }
}
