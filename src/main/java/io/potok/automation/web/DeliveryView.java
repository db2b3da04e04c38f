package io.potok.automation.web;

import java.util.List;
import java.util.Map;

import io.potok.automation.internal.outbox.DeliveryLog.Attempt;
import io.potok.automation.internal.outbox.DeliveryLog.Entry;

/**
 * The content of one delivery's page: the message and its attempts.
 */
public record DeliveryView(Entry entry, List<Attempt> attempts, Map<Long, String> formNames) {

    public String target() {
        return DeliveryTargets.describe(entry, formNames);
    }
}
