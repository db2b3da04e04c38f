package io.potok.automation.internal.webhooks;

/**
 * Published, inside the transaction of a rule's run, when the rule's {@code call_webhook} action asks for the
 * task to be sent to one of the form's webhook subscriptions; the webhooks part queues the delivery.
 *
 * @param orgId the organisation
 * @param formId the form whose subscription is called
 * @param webhookId the subscription's id within the form
 * @param taskId the task sent
 * @param ruleId the rule that asked
 */
public record WebhookCallRequested(long orgId, long formId, String webhookId, long taskId, String ruleId) {
}
