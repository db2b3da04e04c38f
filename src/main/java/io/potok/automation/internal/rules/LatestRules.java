package io.potok.automation.internal.rules;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import io.potok.forms.Form;
import io.potok.forms.FormPublished;
import io.potok.forms.Forms;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Keeps each form's latest version for the rule engine, which looks it up on every task event. A publish on
 * this node drops the entry at once and again after it commits; an entry also expires after
 * {@link #MAX_AGE}, so that a publish on another node applies within that time.
 */
@Component
class LatestRules {

    /** How long a cached form version is trusted without a publish event. */
    static final Duration MAX_AGE = Duration.ofSeconds(10);

    private final Forms forms;
    private final Clock clock;
    private final Map<Long, Entry> latest = new ConcurrentHashMap<>();

    LatestRules(Forms forms, Clock clock) {
        this.forms = forms;
        this.clock = clock;
    }

    /** Returns the form's latest version when it has rules; empty for a form without rules or no such form. */
    Optional<Form> withRules(long orgId, long formId) {
        Instant now = clock.instant();
        Entry entry = latest.get(formId);
        if (entry == null || entry.orgId != orgId || entry.loadedAt.plus(MAX_AGE).isBefore(now)) {
            entry = new Entry(orgId, forms.find(orgId, formId)
                    .filter(form -> !form.definition().automation().rules().isEmpty()), now);
            latest.put(formId, entry);
        }
        return entry.form;
    }

    @EventListener
    void onPublished(FormPublished event) {
        latest.remove(event.formId());
    }

    @TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT)
    void afterPublished(FormPublished event) {
        latest.remove(event.formId());
    }

    private record Entry(long orgId, Optional<Form> form, Instant loadedAt) {
    }
}
