package io.potok.automation.internal.outbox;

import tools.jackson.databind.JsonNode;

/**
 * One message to deliver outside Potok.
 *
 * @param orgId the organisation it belongs to
 * @param kind which {@link OutboundHandler} delivers it: {@code webhook}, {@code bot} or {@code email}
 * @param target what it goes to, in the handler's terms: a webhook subscription as {@code formId/id}, a bot's
 *        member id, or a recipient address
 * @param taskId the task it is about, or null
 * @param payload what the handler needs to deliver it, such as the body to POST or the email's parts
 */
public record OutboundMessage(long orgId, String kind, String target, Long taskId, JsonNode payload) {
}
