package io.potok.workflow.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Proxy;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import io.potok.forms.Condition;
import io.potok.forms.Condition.Operator;
import io.potok.forms.FieldDefinition;
import io.potok.forms.FieldSettings;
import io.potok.forms.FieldType;
import io.potok.forms.Form;
import io.potok.forms.FormDefinition;
import io.potok.forms.RouteDefinition;
import io.potok.forms.RouteDefinition.AssigneeRule;
import io.potok.forms.RouteDefinition.Assignees;
import io.potok.forms.RouteDefinition.Step;
import io.potok.identity.Members;
import io.potok.workflow.RouteContext;
import io.potok.workflow.StepAssignment;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

class RouteEngineTests {

    static final long AUTHOR = 10;
    static final long HEAD = 20;
    static final long ROLE = 5;
    static final int CLIENT_TYPE = 1;
    static final int TOTAL = 2;
    static final int HANDLER = 3;

    final JsonMapper json = JsonMapper.builder().build();
    final DefaultRouteEngine engine = new DefaultRouteEngine(fixedMembers(), new CatalogMemberAssignees(null, fixedMembers()));

    final List<FieldDefinition> fields = List.of(
            FieldDefinition.of(CLIENT_TYPE, "Client type", FieldType.MULTIPLE_CHOICE)
                    .withInfo(FieldSettings.choices(false, List.of(
                            new FieldSettings.ChoiceOption(1, "marketplace"),
                            new FieldSettings.ChoiceOption(2, "retail")))),
            FieldDefinition.of(TOTAL, "Total", FieldType.MONEY).withInfo(FieldSettings.decimals(2)),
            FieldDefinition.of(HANDLER, "Handler", FieldType.PERSON));

    @Test
    void skipsStepsWhoseConditionFails() {
        Form form = form(
                step(1, Condition.field(CLIENT_TYPE, Operator.EQUALS, "1"), Assignees.anyOf(101L)),
                step(2, Condition.field(CLIENT_TYPE, Operator.EQUALS, "2"), Assignees.anyOf(102L)),
                step(3, null, Assignees.anyOf(103L)));
        RouteContext retail = context(form, "{\"1\": {\"choice_ids\": [2]}}");

        Optional<StepAssignment> first = engine.nextStep(retail, 0);
        Optional<StepAssignment> second = engine.nextStep(retail, 2);
        Optional<StepAssignment> none = engine.nextStep(retail, 3);

        assertThat(first).map(StepAssignment::step).contains(2);
        assertThat(first.get().assigneeIds()).containsExactly(102L);
        assertThat(second).map(StepAssignment::step).contains(3);
        assertThat(none).isEmpty();
    }

    @Test
    void picksFirstAssigneeRuleWhoseConditionHolds() {
        Step warehouse = new Step(1, "Warehouse", null, List.of(
                new AssigneeRule(Condition.field(TOTAL, Operator.GREATER, "1000"), Assignees.anyOf(201L)),
                new AssigneeRule(null, Assignees.anyOf(202L))), null);
        Form form = form(warehouse);

        assertThat(engine.nextStep(context(form, "{\"2\": 1500.00}"), 0).get().assigneeIds()).containsExactly(201L);
        assertThat(engine.nextStep(context(form, "{\"2\": 999.99}"), 0).get().assigneeIds()).containsExactly(202L);
    }

    @Test
    void resolvesEveryAssigneeKind() {
        Form form = form(
                step(1, null, Assignees.role(ROLE)),
                step(2, null, Assignees.allOf(301L, 302L)),
                step(3, null, Assignees.author()),
                step(4, null, Assignees.personField(HANDLER)),
                step(5, null, Assignees.authorDepartmentHead()));
        RouteContext context = context(form, "{\"3\": {\"id\": 77}}");

        assertThat(engine.resolve(context, 1).get().assigneeIds()).containsExactlyInAnyOrder(501L, 502L);
        assertThat(engine.resolve(context, 1).get().mode()).isEqualTo(StepAssignment.Mode.ANY_ONE);
        assertThat(engine.resolve(context, 2).get().assigneeIds()).containsExactlyInAnyOrder(301L, 302L);
        assertThat(engine.resolve(context, 2).get().mode()).isEqualTo(StepAssignment.Mode.ALL_OF);
        assertThat(engine.resolve(context, 3).get().assigneeIds()).containsExactly(AUTHOR);
        assertThat(engine.resolve(context, 4).get().assigneeIds()).containsExactly(77L);
        assertThat(engine.resolve(context, 5).get().assigneeIds()).containsExactly(HEAD);
    }

    @Test
    void skipsStepWhosePersonFieldIsEmpty() {
        Form form = form(step(1, null, Assignees.personField(HANDLER)), step(2, null, Assignees.anyOf(400L)));

        assertThat(engine.nextStep(context(form, "{}"), 0)).map(StepAssignment::step).contains(2);
    }

    @Test
    void evaluatesEveryOperator() {
        Form form = form(step(1, null, Assignees.anyOf(1L)));
        RouteContext context = context(form, "{\"1\": {\"choice_ids\": [2]}, \"2\": 150.50, \"3\": {\"id\": 7}}");

        assertThat(holds(context, Condition.field(TOTAL, Operator.EQUALS, "150.5"))).isTrue();
        assertThat(holds(context, Condition.field(TOTAL, Operator.NOT_EQUALS, "150.5"))).isFalse();
        assertThat(holds(context, Condition.field(TOTAL, Operator.IN, "1", "150.50"))).isTrue();
        assertThat(holds(context, Condition.field(TOTAL, Operator.GREATER, "150.49"))).isTrue();
        assertThat(holds(context, Condition.field(TOTAL, Operator.GREATER, "150.50"))).isFalse();
        assertThat(holds(context, Condition.field(TOTAL, Operator.LESS, "200"))).isTrue();
        assertThat(holds(context, Condition.field(TOTAL, Operator.AT_LEAST, "150.50"))).isTrue();
        assertThat(holds(context, Condition.field(TOTAL, Operator.AT_MOST, "150.49"))).isFalse();
        assertThat(holds(context, Condition.field(TOTAL, Operator.FILLED))).isTrue();
        assertThat(holds(context, Condition.field(TOTAL, Operator.EMPTY))).isFalse();
        assertThat(holds(context, Condition.field(CLIENT_TYPE, Operator.EQUALS, "2"))).isTrue();
        assertThat(holds(context, Condition.field(CLIENT_TYPE, Operator.IN, "1", "2"))).isTrue();
        assertThat(holds(context, Condition.field(CLIENT_TYPE, Operator.NOT_EQUALS, "1"))).isTrue();
        assertThat(holds(context, Condition.field(HANDLER, Operator.EQUALS, "7"))).isTrue();
    }

    @Test
    void comparesDatesTextCheckmarksAndCatalogItems() {
        Form form = new Form(1, 1, "Requests", 1, new FormDefinition(List.of(
                FieldDefinition.of(10, "Due", FieldType.DATE),
                FieldDefinition.of(11, "City", FieldType.TEXT),
                FieldDefinition.of(12, "Urgent", FieldType.CHECKMARK),
                FieldDefinition.of(13, "Products", FieldType.CATALOG).withInfo(FieldSettings.catalog(3)),
                FieldDefinition.of(14, "Received", FieldType.DUE_DATE_TIME)), RouteDefinition.NONE), false);
        RouteContext context = context(form, """
                {"10": "2026-03-15", "11": "Казань", "12": "checked", "13": {"item_ids": [5, 8]},
                 "14": "2026-03-15T09:30:00Z"}""");

        assertThat(holds(context, Condition.field(10, Operator.GREATER, "2026-03-14"))).isTrue();
        assertThat(holds(context, Condition.field(10, Operator.AT_MOST, "2026-03-14"))).isFalse();
        assertThat(holds(context, Condition.field(10, Operator.EQUALS, "2026-03-15"))).isTrue();
        assertThat(holds(context, Condition.field(11, Operator.EQUALS, "казань"))).isTrue();
        assertThat(holds(context, Condition.field(11, Operator.IN, "Москва", "Казань"))).isTrue();
        assertThat(holds(context, Condition.field(12, Operator.EQUALS, "checked"))).isTrue();
        assertThat(holds(context, Condition.field(12, Operator.GREATER, "unchecked"))).isFalse();
        assertThat(holds(context, Condition.field(13, Operator.IN, "8", "9"))).isTrue();
        assertThat(holds(context, Condition.field(13, Operator.EQUALS, "5"))).isFalse();
        assertThat(holds(context, Condition.field(13, Operator.EQUALS, "8", "5"))).isTrue();
        assertThat(holds(context, Condition.field(14, Operator.LESS, "2026-03-15T10:00:00Z"))).isTrue();
        assertThat(holds(context, Condition.field(99, Operator.EMPTY))).isFalse();
    }

    @Test
    void emptyValueOnlyMatchesEmptyAndNotEquals() {
        Form form = form(step(1, null, Assignees.anyOf(1L)));
        RouteContext context = context(form, "{\"1\": {\"choice_ids\": []}}");

        assertThat(holds(context, Condition.field(CLIENT_TYPE, Operator.EMPTY))).isTrue();
        assertThat(holds(context, Condition.field(CLIENT_TYPE, Operator.NOT_EQUALS, "1"))).isTrue();
        assertThat(holds(context, Condition.field(CLIENT_TYPE, Operator.EQUALS, "1"))).isFalse();
        assertThat(holds(context, Condition.field(TOTAL, Operator.LESS, "1"))).isFalse();
    }

    @Test
    void combinesConditionsWithAllAndAny() {
        Form form = form(step(1, null, Assignees.anyOf(1L)));
        RouteContext context = context(form, "{\"2\": 10}");
        Condition big = Condition.field(TOTAL, Operator.GREATER, "100");
        Condition small = Condition.field(TOTAL, Operator.LESS, "100");

        assertThat(holds(context, Condition.all(small, Condition.field(TOTAL, Operator.FILLED)))).isTrue();
        assertThat(holds(context, Condition.all(small, big))).isFalse();
        assertThat(holds(context, Condition.any(small, big))).isTrue();
        assertThat(holds(context, Condition.any(big))).isFalse();
    }

    private boolean holds(RouteContext context, Condition condition) {
        return engine.holds(condition, context);
    }

    private Form form(Step... steps) {
        return new Form(1, 1, "Orders", 1, new FormDefinition(fields, new RouteDefinition(List.of(steps))), false);
    }

    private static Step step(int number, Condition condition, Assignees who) {
        return new Step(number, "Step " + number, condition, List.of(new AssigneeRule(null, who)), null);
    }

    private RouteContext context(Form form, String values) {
        return new RouteContext(form, (ObjectNode) json.readTree(values), AUTHOR);
    }

    /**
     * Members with one role (5: members 501 and 502) and one head (20) over everyone. A proxy, so that the
     * test keeps compiling when the interface grows; methods the engine does not call fail loudly.
     */
    static Members fixedMembers() {
        return (Members) Proxy.newProxyInstance(Members.class.getClassLoader(), new Class<?>[] {Members.class},
                (proxy, method, arguments) -> {
                    switch (method.getName()) {
                        case "roleMemberIds":
                            return (long) arguments[1] == ROLE ? Set.of(501L, 502L) : Set.of();
                        case "departmentHeadOf":
                            return Optional.of(HEAD);
                        default:
                            throw new UnsupportedOperationException(method.getName());
                    }
                });
    }
}
