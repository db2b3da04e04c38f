package io.potok.automation.web;

import java.util.List;

import io.potok.forms.WebhookSubscription;
import io.potok.forms.WebhookSubscription.Event;

/**
 * A webhook subscription as the designer's form submitted it.
 */
public record WebhookInput(String name, String url, List<Event> events, boolean enabled) {

    static final WebhookInput EMPTY = new WebhookInput("", "", List.of(Event.CREATED), true);

    WebhookSubscription toSubscription(String id) {
        return new WebhookSubscription(id, name, enabled, url, events);
    }
}
