package io.potok.forms;

import java.util.List;
import java.util.Optional;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * The automation around a form's tasks: its rules, its schedules and its webhook subscriptions. It is part
 * of the form's definition, so it is published, versioned, exported and compared with the fields and the route.
 * The automation of the form's latest version applies to all of the form's tasks, whatever version they follow.
 *
 * @param rules rules in the order they are evaluated
 * @param schedules recurring tasks and per-record cadences that create tasks on this form
 * @param webhooks outgoing webhook subscriptions to this form's task events
 */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record AutomationDefinition(List<RuleDefinition> rules, List<ScheduleDefinition> schedules,
                                   List<WebhookSubscription> webhooks) {

    public static final AutomationDefinition NONE = new AutomationDefinition(List.of(), List.of(), List.of());

    public AutomationDefinition {
        rules = rules == null ? List.of() : List.copyOf(rules);
        schedules = schedules == null ? List.of() : List.copyOf(schedules);
        webhooks = webhooks == null ? List.of() : List.copyOf(webhooks);
    }

    public Optional<RuleDefinition> rule(String id) {
        return rules.stream().filter(rule -> rule.id().equals(id)).findFirst();
    }

    public Optional<ScheduleDefinition> schedule(String id) {
        return schedules.stream().filter(schedule -> schedule.id().equals(id)).findFirst();
    }

    public Optional<WebhookSubscription> webhook(String id) {
        return webhooks.stream().filter(webhook -> webhook.id().equals(id)).findFirst();
    }

    /**
     * Leaves an empty automation out of stored and exported definitions, so forms without rules, schedules or
     * webhooks read as they did before automation existed. Jackson omits a value this filter equals.
     */
    public static final class OmittedWhenEmpty {

        @Override
        public boolean equals(Object value) {
            return value == null || NONE.equals(value);
        }

        @Override
        public int hashCode() {
            return 0;
        }
    }

    public AutomationDefinition withRules(List<RuleDefinition> newRules) {
        return new AutomationDefinition(newRules, schedules, webhooks);
    }

    public AutomationDefinition withSchedules(List<ScheduleDefinition> newSchedules) {
        return new AutomationDefinition(rules, newSchedules, webhooks);
    }

    public AutomationDefinition withWebhooks(List<WebhookSubscription> newWebhooks) {
        return new AutomationDefinition(rules, schedules, newWebhooks);
    }
}
