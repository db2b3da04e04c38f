package io.potok.workflow.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import io.potok.forms.Condition;
import io.potok.forms.Condition.Operator;
import io.potok.forms.FieldDefinition;
import io.potok.forms.FieldType;
import io.potok.forms.Form;
import io.potok.forms.FormDefinition;
import io.potok.forms.RouteDefinition;
import io.potok.forms.RouteDefinition.AssigneeRule;
import io.potok.forms.RouteDefinition.Assignees;
import io.potok.forms.RouteDefinition.Step;
import io.potok.workflow.RouteContext;
import io.potok.workflow.RouteLanding;
import io.potok.workflow.RouteTrace;
import io.potok.workflow.StepAssignment;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

class RouteLandingTests {

    static final int TOTAL = 1;
    static final Condition BIG = Condition.field(TOTAL, Operator.GREATER, "1000");

    final JsonMapper json = JsonMapper.builder().build();
    final DefaultRouteEngine engine = new DefaultRouteEngine(RouteEngineTests.fixedMembers(),
            new CatalogMemberAssignees(null, RouteEngineTests.fixedMembers()));

    @Test
    void staysOnCurrentStepThatStillApplies() {
        Form next = form(step(1, null, 101L), step(2, null, 202L), step(3, null, 303L));

        RouteLanding landing = engine.landing(context(next, "{\"1\": 500}"), 2);

        assertThat(landing.kind()).isEqualTo(RouteLanding.Kind.SAME_STEP);
        assertThat(landing.assignment().step()).isEqualTo(2);
        assertThat(landing.assignment().assigneeIds()).containsExactly(202L);
    }

    @Test
    void movesOnWhenCurrentStepNoLongerApplies() {
        Form next = form(step(1, null, 101L), step(2, BIG, 202L), step(3, null, 303L));

        RouteLanding landing = engine.landing(context(next, "{\"1\": 500}"), 2);

        assertThat(landing.kind()).isEqualTo(RouteLanding.Kind.NEXT_STEP);
        assertThat(landing.assignment().step()).isEqualTo(3);
    }

    @Test
    void movesOnWhenCurrentStepIsGone() {
        Form next = form(step(1, null, 101L), step(4, null, 404L));

        RouteLanding landing = engine.landing(context(next, "{}"), 2);

        assertThat(landing.kind()).isEqualTo(RouteLanding.Kind.NEXT_STEP);
        assertThat(landing.assignment().step()).isEqualTo(4);
    }

    @Test
    void closesWhenNoStepAfterApplies() {
        Form next = form(step(1, null, 101L), step(2, BIG, 202L));

        RouteLanding landing = engine.landing(context(next, "{\"1\": 10}"), 2);

        assertThat(landing.kind()).isEqualTo(RouteLanding.Kind.CLOSES);
        assertThat(landing.step()).isEmpty();
    }

    @Test
    void movesOnWhenCurrentStepHasNoAssignee() {
        Step empty = new Step(2, "Handler", null,
                List.of(new AssigneeRule(null, Assignees.personField(9))), null);
        Form next = form(step(1, null, 101L), empty, step(3, null, 303L));

        RouteLanding landing = engine.landing(context(next, "{}"), 2);

        assertThat(landing.kind()).isEqualTo(RouteLanding.Kind.NEXT_STEP);
        assertThat(landing.assignment().step()).isEqualTo(3);
    }

    @Test
    void traceNamesSkippedStepsAndReasons() {
        Step handler = new Step(3, "Handler", null, List.of(new AssigneeRule(null, Assignees.personField(9))), null);
        Form form = form(step(1, null, RouteEngineTests.AUTHOR), step(2, BIG, 202L), handler,
                new Step(4, "Board", null, List.of(new AssigneeRule(null, Assignees.allOf(401L, 402L))), null));

        RouteTrace trace = engine.trace(context(form, "{\"1\": 10}"));

        assertThat(trace.steps()).extracting(RouteTrace.StepTrace::outcome).containsExactly(
                RouteTrace.Outcome.TAKEN, RouteTrace.Outcome.CONDITION_FALSE, RouteTrace.Outcome.NO_ASSIGNEE,
                RouteTrace.Outcome.TAKEN);
        assertThat(trace.steps().get(0).authorApproves()).isTrue();
        assertThat(trace.steps().get(3).mode()).isEqualTo(StepAssignment.Mode.ALL_OF);
        assertThat(trace.steps().get(3).assigneeIds()).containsExactlyInAnyOrder(401L, 402L);
        assertThat(trace.taken()).extracting(RouteTrace.StepTrace::step).containsExactly(1, 4);
    }

    private static Form form(Step... steps) {
        List<FieldDefinition> fields = List.of(FieldDefinition.of(TOTAL, "Total", FieldType.NUMBER),
                FieldDefinition.of(9, "Handler", FieldType.PERSON));
        return new Form(1, 1, "Orders", 2, new FormDefinition(fields, new RouteDefinition(List.of(steps))), false);
    }

    private static Step step(int number, Condition condition, long member) {
        return new Step(number, "Step " + number, condition, List.of(new AssigneeRule(null, Assignees.anyOf(member))),
                null);
    }

    private RouteContext context(Form form, String values) {
        return new RouteContext(form, (ObjectNode) json.readTree(values), RouteEngineTests.AUTHOR);
    }
}
