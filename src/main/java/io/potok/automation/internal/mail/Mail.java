package io.potok.automation.internal.mail;

import java.util.List;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/**
 * Sends plain-text email through the organisation's SMTP settings, for rules and notifications. The email is
 * queued in the caller's transaction, one outbox message per recipient, and sent after it commits. When SMTP
 * is not set up or the server fails, the outbox retries it.
 */
@Component
public class Mail {

    private final ApplicationEventPublisher events;

    Mail(ApplicationEventPublisher events) {
        this.events = events;
    }

    /**
     * Queues the email.
     *
     * @param to recipient addresses; an invalid one fails in the delivery log without affecting the others
     * @param taskId the task the email is about, or null
     */
    public void send(long orgId, List<String> to, String subject, String text, Long taskId) {
        events.publishEvent(new EmailRequested(orgId, to, subject, text, taskId));
    }
}
