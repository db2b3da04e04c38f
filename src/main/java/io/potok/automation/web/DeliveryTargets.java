package io.potok.automation.web;

import java.util.Map;

import io.potok.automation.internal.outbox.DeliveryLog.Entry;

/** Names delivery targets for people: a webhook target {@code formId/webhookId} becomes "form name / id". */
final class DeliveryTargets {

    private DeliveryTargets() {
    }

    static String describe(Entry entry, Map<Long, String> formNames) {
        if (!"webhook".equals(entry.kind())) {
            return entry.target();
        }
        String[] formAndWebhook = entry.target().split("/", 2);
        try {
            String formName = formNames.get(Long.parseLong(formAndWebhook[0]));
            return formName == null || formAndWebhook.length < 2 ? entry.target() : formName + " / " + formAndWebhook[1];
        } catch (NumberFormatException e) {
            return entry.target();
        }
    }
}
