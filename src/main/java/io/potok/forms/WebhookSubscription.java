package io.potok.forms;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonValue;

/**
 * An outgoing webhook: every matching event of a task on the form is POSTed to the URL, signed with a secret
 * that is kept out of the definition (and so out of exported process files).
 *
 * @param id stable identifier within the form, kept across versions; the secret and the delivery log hang on it
 * @param name what the administrator calls the subscription
 * @param enabled a disabled subscription delivers nothing
 * @param url where events are POSTed; loopback and private addresses are refused unless the server
 *        configuration allows the host
 * @param events the events delivered; empty means none (a rule's {@code call_webhook} action can still use it)
 */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record WebhookSubscription(String id, String name, boolean enabled, String url, List<Event> events) {

    public WebhookSubscription {
        events = events == null ? List.of() : List.copyOf(events);
    }

    /** Task events a subscription can receive. */
    public enum Event {
        CREATED, CHANGED, STEP_ENTERED, CLOSED, COMMENTED;

        @JsonValue
        public String wireName() {
            return name().toLowerCase();
        }

        @JsonCreator
        public static Event fromWireName(String name) {
            return valueOf(name.toUpperCase());
        }
    }
}
