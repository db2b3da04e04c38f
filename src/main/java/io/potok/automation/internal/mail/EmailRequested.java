package io.potok.automation.internal.mail;

import java.util.List;

/**
 * Published, inside a transaction, when an email should go out through the organisation's SMTP settings, such
 * as from a rule's {@code send_email} action; the mail part queues it in the outbox.
 *
 * @param orgId the organisation whose SMTP settings send it
 * @param to recipient addresses
 * @param subject the subject, already filled in
 * @param text the plain-text body, already filled in
 * @param taskId the task it is about, or null
 */
public record EmailRequested(long orgId, List<String> to, String subject, String text, Long taskId) {

    public EmailRequested {
        to = List.copyOf(to);
    }
}
