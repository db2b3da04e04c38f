package io.potok.workflow.internal;

import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import io.potok.forms.Condition;
import io.potok.forms.ConditionEvaluator;
import io.potok.forms.RouteDefinition;
import io.potok.forms.RouteDefinition.AssigneeRule;
import io.potok.forms.RouteDefinition.Assignees;
import io.potok.identity.Members;
import io.potok.workflow.RouteContext;
import io.potok.workflow.RouteEngine;
import io.potok.workflow.RouteLanding;
import io.potok.workflow.RouteTrace;
import io.potok.workflow.StepAssignment;
import org.springframework.stereotype.Service;
import tools.jackson.databind.JsonNode;

/**
 * Walks a form version's route, resolving assignees through the org chart and roles.
 */
@Service
class DefaultRouteEngine implements RouteEngine {

    private final Members members;
    private final CatalogMemberAssignees catalogMembers;

    DefaultRouteEngine(Members members, CatalogMemberAssignees catalogMembers) {
        this.members = members;
        this.catalogMembers = catalogMembers;
    }

    @Override
    public Optional<StepAssignment> nextStep(RouteContext context, int afterStep) {
        return sortedSteps(context).stream()
                .filter(step -> step.number() > afterStep)
                .filter(step -> holds(step.condition(), context))
                .map(step -> assign(step, context))
                .flatMap(Optional::stream)
                .findFirst();
    }

    @Override
    public Optional<StepAssignment> resolve(RouteContext context, int step) {
        return context.form().definition().route().step(step).flatMap(found -> assign(found, context));
    }

    @Override
    public boolean holds(Condition condition, RouteContext context) {
        return ConditionEvaluator.holds(condition, context.form().definition(), context.values());
    }

    @Override
    public RouteTrace trace(RouteContext context) {
        return new RouteTrace(sortedSteps(context).stream().map(step -> traceStep(step, context)).toList());
    }

    @Override
    public RouteLanding landing(RouteContext context, int currentStep) {
        Optional<StepAssignment> same = context.form().definition().route().step(currentStep)
                .filter(step -> holds(step.condition(), context))
                .flatMap(step -> assign(step, context));
        if (same.isPresent()) {
            return new RouteLanding(RouteLanding.Kind.SAME_STEP, same.get());
        }
        return nextStep(context, currentStep)
                .map(next -> new RouteLanding(RouteLanding.Kind.NEXT_STEP, next))
                .orElseGet(RouteLanding::closes);
    }

    private RouteTrace.StepTrace traceStep(RouteDefinition.Step step, RouteContext context) {
        if (!holds(step.condition(), context)) {
            return skipped(step, RouteTrace.Outcome.CONDITION_FALSE);
        }
        Optional<StepAssignment> assignment = assign(step, context);
        if (assignment.isEmpty()) {
            return skipped(step, RouteTrace.Outcome.NO_ASSIGNEE);
        }
        StepAssignment found = assignment.get();
        boolean authorApproves = found.mode() == StepAssignment.Mode.ANY_ONE && found.isAssignee(context.authorId());
        return new RouteTrace.StepTrace(step.number(), step.name(), RouteTrace.Outcome.TAKEN, found.mode(),
                found.assigneeIds(), authorApproves);
    }

    private static RouteTrace.StepTrace skipped(RouteDefinition.Step step, RouteTrace.Outcome outcome) {
        return new RouteTrace.StepTrace(step.number(), step.name(), outcome, null, Set.of(), false);
    }

    private static List<RouteDefinition.Step> sortedSteps(RouteContext context) {
        return context.form().definition().route().steps().stream()
                .sorted(Comparator.comparingInt(RouteDefinition.Step::number))
                .toList();
    }

    private Optional<StepAssignment> assign(RouteDefinition.Step step, RouteContext context) {
        for (AssigneeRule rule : step.assignees()) {
            if (!holds(rule.when(), context)) {
                continue;
            }
            Set<Long> assignees = assigneesOf(rule.who(), context);
            if (!assignees.isEmpty()) {
                return Optional.of(new StepAssignment(step.number(), step.name(), modeOf(rule.who()), assignees,
                        step.rejectToStep()));
            }
        }
        return Optional.empty();
    }

    private static StepAssignment.Mode modeOf(Assignees who) {
        return who.kind() == Assignees.Kind.ALL_OF ? StepAssignment.Mode.ALL_OF : StepAssignment.Mode.ANY_ONE;
    }

    // NOTE: named members are taken as listed; a blocked member stays an assignee until the route is edited.
    @Override
    public Set<Long> assigneesOf(Assignees who, RouteContext context) {
        switch (who.kind()) {
            case MEMBERS:
            case ALL_OF:
                return new LinkedHashSet<>(who.memberIds());
            case ROLE:
                return members.roleMemberIds(context.orgId(), who.roleId());
            case AUTHOR:
                return Set.of(context.authorId());
            case PERSON_FIELD:
                return personIn(context, who.fieldId());
            case AUTHOR_DEPARTMENT_HEAD:
                return members.departmentHeadOf(context.orgId(), context.authorId()).map(Set::of).orElse(Set.of());
            case CATALOG_MEMBER:
                return catalogMembers.of(context, who.fieldId(), who.column());
            default:
                throw new IllegalArgumentException("Unknown assignee kind: " + who.kind());
        }
    }

    private static Set<Long> personIn(RouteContext context, Integer fieldId) {
        JsonNode person = fieldId == null ? null : context.values().get(String.valueOf(fieldId));
        if (person == null || person.get("id") == null || !person.get("id").canConvertToLong()) {
            return Set.of();
        }
        return Set.of(person.get("id").asLong());
    }
}
