package io.potok.automation.internal.webhooks;

import java.util.ArrayList;
import java.util.List;

import io.potok.forms.WebhookSubscription;
import io.potok.forms.WebhookSubscription.Event;
import io.potok.tasks.TaskChangeFacts;
import io.potok.tasks.TaskChanged;

/**
 * Maps a task change to the webhook events it raises. One change can raise several, such as a comment that
 * also closes the task, but a subscription receives one delivery per change: the first event of
 * {@link #raisedBy} that it subscribes to.
 */
final class WebhookEvents {

    private WebhookEvents() {
    }

    /**
     * Returns the events the change raises, most specific first: created, closed, step_entered, commented and
     * then changed, which every change raises, creation included.
     */
    static List<Event> raisedBy(TaskChanged change) {
        TaskChangeFacts facts = change.facts();
        List<Event> events = new ArrayList<>();
        if (change.created()) {
            events.add(Event.CREATED);
        }
        if (facts.closed()) {
            events.add(Event.CLOSED);
        }
        if (!facts.enteredSteps().isEmpty()) {
            events.add(Event.STEP_ENTERED);
        }
        if (facts.commented()) {
            events.add(Event.COMMENTED);
        }
        events.add(Event.CHANGED);
        return events;
    }

    /** Returns the event the subscription is sent for, or null when it subscribes to none of them. */
    static Event deliveredTo(WebhookSubscription subscription, List<Event> raised) {
        return raised.stream().filter(subscription.events()::contains).findFirst().orElse(null);
    }
}
