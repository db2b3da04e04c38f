package io.potok.automation.internal.rules;

import java.sql.Timestamp;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * Writes the rule run log. A run is claimed before it starts: the unique key on form, rule, task, trigger and
 * fire key lets a rule fire at most once per trigger, even when the same event arrives twice.
 */
@Component
class RuleRunLog {

    private final JdbcClient jdbc;
    private final JsonMapper json;

    RuleRunLog(JdbcClient jdbc, JsonMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    /** Claims the firing with the given outcome; empty when the rule already fired for this trigger. */
    Optional<Long> claim(RuleFiring firing, int depth, RuleRun.Outcome outcome) {
        return jdbc.sql("""
                        insert into rule_runs (org_id, form_id, rule_id, rule_name, task_id, task_version,
                            trigger_kind, fire_key, started_at, depth, outcome)
                        values (:org, :form, :rule, :name, :task, :version, :trigger, :key, :at, :depth, :outcome)
                        on conflict do nothing
                        returning id""")
                .param("org", firing.task().orgId()).param("form", firing.formId())
                .param("rule", firing.rule().id()).param("name", firing.rule().name())
                .param("task", firing.task().taskId()).param("version", firing.task().version())
                .param("trigger", firing.trigger().wireName()).param("key", firing.fireKey())
                .param("at", Timestamp.from(firing.at())).param("depth", depth)
                .param("outcome", outcome.wireName())
                .query(Long.class).optional();
    }

    /** Records how a claimed run ended. */
    void finish(long runId, RuleRun.Outcome outcome, Boolean conditionHeld, List<String> actionsDone,
                String error) {
        jdbc.sql("""
                        update rule_runs set outcome = :outcome, condition_held = :held,
                            actions_done = cast(:actions as jsonb), error = :error
                        where id = :id""")
                .param("outcome", outcome.wireName()).param("held", conditionHeld)
                .param("actions", json.writeValueAsString(actionsDone)).param("error", error)
                .param("id", runId).update();
    }
}
