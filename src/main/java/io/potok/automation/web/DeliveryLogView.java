package io.potok.automation.web;

import java.util.List;
import java.util.Map;

import io.potok.automation.internal.outbox.DeliveryLog.Entry;

/**
 * The content of the delivery log page.
 *
 * @param entries the messages that pass the filter, newest first, at most {@code limit}
 * @param formNames the organisation's form names by id, for the form filter and webhook targets
 * @param kind the kind filter, or null
 * @param status the status filter, or null
 * @param formId the form filter, or null
 */
public record DeliveryLogView(List<Entry> entries, Map<Long, String> formNames, String kind, String status,
                              Long formId, int limit) {

    public List<String> kinds() {
        return DeliveryLogController.KINDS;
    }

    public List<String> statuses() {
        return DeliveryLogController.STATUSES;
    }

    /** Returns how the log names a target: a webhook as its form's name and subscription id. */
    public String target(Entry entry) {
        return DeliveryTargets.describe(entry, formNames);
    }
}
