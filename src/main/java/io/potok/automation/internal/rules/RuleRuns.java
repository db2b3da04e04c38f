package io.potok.automation.internal.rules;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

import io.potok.forms.RuleDefinition.TriggerKind;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads the rule run log, newest first, for the task page and the rule's log page. Callers check that the
 * member may see the task or manages the form.
 */
@Component
public class RuleRuns {

    static final String COLUMNS = """
            select id, org_id, form_id, rule_id, rule_name, task_id, task_version, trigger_kind, started_at,
                   condition_held, actions_done::text as actions_done, error, depth, outcome
              from rule_runs
            """;

    private final JdbcClient jdbc;
    private final JsonMapper json;

    RuleRuns(JdbcClient jdbc, JsonMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    /** Returns the latest runs of any rule on the task. */
    public List<RuleRun> forTask(long orgId, long taskId, int limit) {
        return jdbc.sql(COLUMNS + " where org_id = :org and task_id = :task order by id desc limit :limit")
                .param("org", orgId).param("task", taskId).param("limit", limit)
                .query(this::map).list();
    }

    /** Returns the latest runs of one rule of the form, on any task. */
    public List<RuleRun> forRule(long orgId, long formId, String ruleId, int limit) {
        return jdbc.sql(COLUMNS + """
                         where org_id = :org and form_id = :form and rule_id = :rule
                         order by id desc limit :limit""")
                .param("org", orgId).param("form", formId).param("rule", ruleId).param("limit", limit)
                .query(this::map).list();
    }

    private RuleRun map(ResultSet row, int number) throws SQLException {
        Object held = row.getObject("condition_held");
        return new RuleRun(row.getLong("id"), row.getLong("org_id"), row.getLong("form_id"),
                row.getString("rule_id"), row.getString("rule_name"), row.getLong("task_id"),
                row.getInt("task_version"), TriggerKind.fromWireName(row.getString("trigger_kind")),
                row.getTimestamp("started_at").toInstant(), held == null ? null : (Boolean) held,
                actions(row.getString("actions_done")), row.getString("error"), row.getInt("depth"),
                RuleRun.Outcome.fromWireName(row.getString("outcome")));
    }

    private List<String> actions(String text) {
        List<String> actions = new ArrayList<>();
        JsonNode array = json.readTree(text);
        array.forEach(action -> actions.add(action.asString()));
        return actions;
    }
}
