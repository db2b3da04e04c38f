package io.potok.automation.internal.rules;

import java.util.Comparator;
import java.util.Map;
import java.util.Set;

import io.potok.forms.RouteDefinition.Assignees;
import io.potok.tasks.Tasks;
import io.potok.workflow.RouteContext;
import io.potok.workflow.RouteEngine;
import org.springframework.stereotype.Component;

/**
 * Resolves a rule action's assignee rule to members, the way a route step does.
 */
@Component
class AssigneePicker {

    private final RouteEngine routes;
    private final Tasks tasks;

    AssigneePicker(RouteEngine routes, Tasks tasks) {
        this.routes = routes;
        this.tasks = tasks;
    }

    /** Returns every member the assignee rule names for the task. */
    Set<Long> all(Assignees who, RuleContext context, String action) {
        if (who == null) {
            throw new RuleActionInvalid("no_assignee", action, null);
        }
        RouteContext route = new RouteContext(context.taskForm(), context.values(), context.task().authorId());
        Set<Long> members = routes.assigneesOf(who, route);
        if (members.isEmpty()) {
            throw new RuleActionInvalid("no_assignee", action, who.kind().wireName());
        }
        return members;
    }

    /**
     * Picks one member: the only one named, or among several (a role, a list) the one responsible for the
     * fewest open tasks, the lowest member id on a tie.
     */
    long one(Assignees who, RuleContext context, String action) {
        Set<Long> members = all(who, context, action);
        if (members.size() == 1) {
            return members.iterator().next();
        }
        Map<Long, Integer> load = tasks.openTaskCounts(context.orgId(), members);
        return members.stream()
                .min(Comparator.<Long>comparingInt(member -> load.getOrDefault(member, 0))
                        .thenComparing(Comparator.naturalOrder()))
                .orElseThrow();
    }
}
