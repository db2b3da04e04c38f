package io.potok.automation.internal.rules;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Claims the occurrences of schedule-triggered rules, so that each occurrence runs once across nodes and
 * catch-up runs.
 */
@Component
class RuleOccurrences {

    private final JdbcClient jdbc;

    RuleOccurrences(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Claims the occurrence; false when another run already claimed it. */
    boolean claim(long formId, String ruleId, Instant occurrence, Instant now) {
        return jdbc.sql("""
                        insert into rule_occurrences (form_id, rule_id, occurrence, claimed_at)
                        values (:form, :rule, :occurrence, :now)
                        on conflict do nothing""")
                .param("form", formId).param("rule", ruleId)
                .param("occurrence", Timestamp.from(occurrence)).param("now", Timestamp.from(now))
                .update() == 1;
    }

    /** Returns the latest occurrence of the rule claimed so far. */
    Optional<Instant> lastClaimed(long formId, String ruleId) {
        return jdbc.sql("""
                        select occurrence from rule_occurrences where form_id = :form and rule_id = :rule
                        order by occurrence desc limit 1""")
                .param("form", formId).param("rule", ruleId)
                .query(Timestamp.class).optional().map(Timestamp::toInstant);
    }
}
