package io.potok.forms.internal;

import java.util.ArrayList;
import java.util.List;

import io.potok.forms.DefinitionCheck;
import io.potok.forms.DefinitionProblem;
import io.potok.forms.FieldType;
import io.potok.forms.FormDefinition;
import io.potok.forms.RouteDefinition.AssigneeRule;
import io.potok.forms.RouteDefinition.Assignees;
import io.potok.forms.RouteDefinition.Step;
import io.potok.identity.Member;
import io.potok.identity.Members;
import org.springframework.stereotype.Component;

/**
 * Rejects a step that no task could ever be assigned on: none of its assignee rules can pick an active
 * member. A rule can when it names at least one existing, unblocked member, a role with an unblocked member,
 * a person field or a catalog field of the form, the task's author, or the head of the author's department.
 * One such rule is enough, because the route engine falls through the rules in order.
 */
@Component
class StepAssigneesCheck implements DefinitionCheck {

    private final Members members;

    StepAssigneesCheck(Members members) {
        this.members = members;
    }

    @Override
    public List<DefinitionProblem> check(long orgId, Long formId, FormDefinition definition) {
        List<DefinitionProblem> problems = new ArrayList<>();
        for (Step step : definition.route().steps()) {
            if (step.assignees().stream().noneMatch(rule -> canAssign(orgId, rule, definition))) {
                problems.add(DefinitionProblem.of("step_without_assignee", String.valueOf(step.number()),
                        DefinitionLabels.step(step)));
            }
        }
        return problems;
    }

    private boolean canAssign(long orgId, AssigneeRule rule, FormDefinition definition) {
        Assignees who = rule.who();
        if (who == null || who.kind() == null) {
            return false;
        }
        switch (who.kind()) {
            case MEMBERS:
            case ALL_OF:
                return members.findAll(orgId, who.memberIds()).values().stream().anyMatch(StepAssigneesCheck::active);
            case ROLE:
                return who.roleId() != null && !members.roleMemberIds(orgId, who.roleId()).isEmpty();
            case PERSON_FIELD:
                return who.fieldId() != null && definition.field(who.fieldId())
                        .filter(field -> field.type() == FieldType.PERSON).isPresent();
            case CATALOG_MEMBER:
                return who.fieldId() != null && definition.field(who.fieldId())
                        .filter(field -> field.type() == FieldType.CATALOG).isPresent();
            case AUTHOR:
            case AUTHOR_DEPARTMENT_HEAD:
                return true;
            default:
                throw new IllegalArgumentException("Unknown assignee kind: " + who.kind());
        }
    }

    private static boolean active(Member member) {
        return !member.banned();
    }
}
