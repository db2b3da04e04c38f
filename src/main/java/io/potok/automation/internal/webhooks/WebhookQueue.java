package io.potok.automation.internal.webhooks;

import java.time.Clock;
import java.util.Optional;
import java.util.UUID;

import io.potok.api.TaskDocuments;
import io.potok.automation.internal.outbox.OutboundMessage;
import io.potok.automation.internal.outbox.Outbox;
import io.potok.forms.WebhookSubscription;
import io.potok.platform.PotokException;
import io.potok.tasks.TaskSnapshot;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * Queues webhook deliveries in the outbox, in the transaction of the change they report. The stored payload
 * carries the URL and everything of the body except the delivery id, which the outbox assigns.
 */
@Component
class WebhookQueue {

    static final String KIND = "webhook";

    private static final Logger log = LoggerFactory.getLogger(WebhookQueue.class);

    private final Outbox outbox;
    private final TaskDocuments documents;
    private final JsonMapper json;
    private final Clock clock;

    WebhookQueue(Outbox outbox, TaskDocuments documents, JsonMapper json, Clock clock) {
        this.outbox = outbox;
        this.documents = documents;
        this.json = json;
        this.clock = clock;
    }

    /**
     * Queues one delivery of the task to the subscription.
     *
     * @param event the event name sent in the body and the {@code X-Potok-Event} header
     * @param ruleId the rule whose {@code call_webhook} action asked for it, or null
     */
    UUID enqueue(TaskSnapshot task, WebhookSubscription subscription, String event, String ruleId) {
        ObjectNode payload = json.createObjectNode()
                .put("url", subscription.url())
                .put("event", event)
                .put("occurred_at", clock.instant().toString())
                .put("form_id", task.formId())
                .put("task_id", task.taskId());
        if (ruleId != null) {
            payload.put("rule_id", ruleId);
        }
        taskDocument(task).ifPresent(document -> payload.set("task", document));

        String target = target(task.formId(), subscription.id());
        return outbox.enqueue(new OutboundMessage(task.orgId(), KIND, target, task.taskId(), payload));
    }

    static String target(long formId, String webhookId) {
        return formId + "/" + webhookId;
    }

    /** Returns the task as its author sees it through the API, or empty when the author may no longer see it. */
    private Optional<ObjectNode> taskDocument(TaskSnapshot task) {
        // NOTE: TaskDocuments reads through Tasks.view, which also marks the task's comments read for the author.
        try {
            return Optional.of(documents.task(task.orgId(), task.authorId(), task.taskId()));
        } catch (PotokException e) {
            log.warn("Webhook payload of task {} goes without the task, because its author {} cannot read it: {}",
                    task.taskId(), task.authorId(), e.code());
            return Optional.empty();
        }
    }
}
