package io.potok.automation.internal.mail;

import io.potok.automation.internal.outbox.OutboundMessage;
import io.potok.automation.internal.outbox.Outbox;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * Queues each requested email in the outbox, in the publisher's transaction, as one message per recipient,
 * so a rejected address fails on its own and a retry never sends twice to the others.
 */
@Component
class EmailRequestedListener {

    private static final Logger log = LoggerFactory.getLogger(EmailRequestedListener.class);

    private final Outbox outbox;
    private final JsonMapper json;

    EmailRequestedListener(Outbox outbox, JsonMapper json) {
        this.outbox = outbox;
        this.json = json;
    }

    @EventListener
    void queue(EmailRequested request) {
        ObjectNode payload = json.createObjectNode()
                .put("subject", request.subject())
                .put("text", request.text());
        for (String recipient : request.to()) {
            outbox.enqueue(new OutboundMessage(request.orgId(), EmailDeliveries.KIND, recipient.strip(),
                    request.taskId(), payload));
        }
        log.info("Email of organisation {} about task {} queued for {} recipients", request.orgId(),
                request.taskId(), request.to().size());
    }
}
