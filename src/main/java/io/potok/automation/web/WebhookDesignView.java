package io.potok.automation.web;

import java.util.List;

import io.potok.forms.Form;
import io.potok.forms.WebhookSubscription;
import io.potok.forms.WebhookSubscription.Event;

/**
 * The content of the designer's webhooks page.
 *
 * @param form the form at its current version
 * @param hasDraft whether the subscriptions shown come from an unpublished draft
 * @param rows the subscriptions of the draft, or of the current version when there is no draft
 * @param events every event a subscription can receive, in the order the checkboxes show them
 * @param error the translated reason the last change was rejected, or null
 * @param submitted what the add form shows: the rejected values, or the defaults
 */
public record WebhookDesignView(Form form, boolean hasDraft, List<Row> rows, List<Event> events, String error,
                                WebhookInput submitted) {

    public boolean submittedEvent(Event event) {
        return submitted.events().contains(event);
    }

    /**
     * One subscription with its signing secret.
     */
    public record Row(WebhookSubscription webhook, String secret) {

        public boolean subscribes(Event event) {
            return webhook.events().contains(event);
        }
    }
}
