package io.potok.forms;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.util.List;
import java.util.Locale;

import io.potok.PotokTest;
import io.potok.TestOrganizations;
import io.potok.forms.RouteDefinition.AssigneeRule;
import io.potok.forms.RouteDefinition.Assignees;
import io.potok.forms.RouteDefinition.Step;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;

@PotokTest
class PublishChecksTests {

    @Autowired
    Forms forms;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    MessageSource messages;

    private static final FieldDefinition HANDLER = FieldDefinition.of(1, "Исполнитель", FieldType.PERSON);
    private static final FieldDefinition NOTE = FieldDefinition.of(2, "Комментарий", FieldType.TEXT);

    private static FormDefinition withStep(Assignees... rules) {
        List<AssigneeRule> assignees = java.util.Arrays.stream(rules).map(who -> new AssigneeRule(null, who)).toList();
        return new FormDefinition(List.of(HANDLER, NOTE),
                new RouteDefinition(List.of(new Step(1, "Ремонт", null, assignees, null))));
    }

    private List<DefinitionProblem> problemsOf(long org, FormDefinition definition) {
        FormDefinitionInvalid invalid = catchThrowableOfType(FormDefinitionInvalid.class,
                () -> forms.create(org, "Ремонт", definition, null));
        assertThat(invalid).as("create must be refused").isNotNull();
        return invalid.problems();
    }

    private static final DefinitionProblem NO_ASSIGNEE = DefinitionProblem.of("step_without_assignee", "1", "Ремонт");

    @Test
    void stepWithoutAnyRuleHasNoAssignee() {
        long org = new TestOrganizations(jdbc).organization();

        assertThat(problemsOf(org, withStep())).containsExactly(NO_ASSIGNEE);
    }

    @Test
    void missingAndBlockedMembersAreNoAssignee() {
        TestOrganizations fixtures = new TestOrganizations(jdbc);
        long org = fixtures.organization();
        long blocked = fixtures.member(org, null);
        fixtures.ban(blocked);
        long otherOrgMember = fixtures.member(fixtures.organization(), null);

        assertThat(problemsOf(org, withStep(Assignees.anyOf()))).containsExactly(NO_ASSIGNEE);
        assertThat(problemsOf(org, withStep(Assignees.anyOf(blocked, otherOrgMember)))).containsExactly(NO_ASSIGNEE);
        assertThat(problemsOf(org, withStep(Assignees.allOf(blocked)))).containsExactly(NO_ASSIGNEE);
    }

    @Test
    void unknownOrEmptyRoleIsNoAssignee() {
        TestOrganizations fixtures = new TestOrganizations(jdbc);
        long org = fixtures.organization();
        long blocked = fixtures.member(org, null);
        fixtures.ban(blocked);
        long roleOfBlocked = fixtures.role(org, blocked);
        long foreignRole = fixtures.role(fixtures.organization(), fixtures.member(org, null));

        assertThat(problemsOf(org, withStep(Assignees.role(roleOfBlocked)))).containsExactly(NO_ASSIGNEE);
        assertThat(problemsOf(org, withStep(Assignees.role(foreignRole)))).containsExactly(NO_ASSIGNEE);
        assertThat(problemsOf(org, withStep(Assignees.role(Long.MAX_VALUE)))).containsExactly(NO_ASSIGNEE);
    }

    @Test
    void personRuleNeedsAPersonField() {
        long org = new TestOrganizations(jdbc).organization();

        assertThat(problemsOf(org, withStep(Assignees.personField(2)))).containsExactly(NO_ASSIGNEE);
        assertThat(problemsOf(org, withStep(Assignees.personField(99)))).containsExactly(NO_ASSIGNEE);
        assertThat(forms.create(org, "Ремонт", withStep(Assignees.personField(1)), null).version()).isEqualTo(1);
    }

    @Test
    void oneWorkableRuleIsEnough() {
        TestOrganizations fixtures = new TestOrganizations(jdbc);
        long org = fixtures.organization();
        long active = fixtures.member(org, null);
        long blocked = fixtures.member(org, null);
        fixtures.ban(blocked);
        long role = fixtures.role(org, blocked, active);

        List<FormDefinition> accepted = List.of(
                withStep(Assignees.anyOf(blocked), Assignees.author()),
                withStep(Assignees.anyOf(blocked, active)),
                withStep(Assignees.role(role)),
                withStep(Assignees.authorDepartmentHead()));
        for (FormDefinition definition : accepted) {
            assertThat(forms.create(org, "Ремонт", definition, null).version()).as("%s", definition).isEqualTo(1);
        }
    }

    @Test
    void changedFieldTypeIsRejected() {
        TestOrganizations fixtures = new TestOrganizations(jdbc);
        long org = fixtures.organization();
        Form form = forms.create(org, "Ремонт", withStep(Assignees.author()), null);
        FormDefinition withoutNote = new FormDefinition(List.of(HANDLER), form.definition().route());
        forms.publish(org, form.id(), withoutNote, null);
        FieldDefinition noteAsNumber = FieldDefinition.of(2, "Комментарий", FieldType.NUMBER);
        FormDefinition changed = new FormDefinition(List.of(HANDLER, noteAsNumber), form.definition().route());

        FormDefinitionInvalid invalid = catchThrowableOfType(FormDefinitionInvalid.class,
                () -> forms.publish(org, form.id(), changed, null));

        assertThat(invalid.problems()).extracting(DefinitionProblem::code).containsExactly("field_type_changed");
        assertThat(message(invalid.problems().get(0), "ru"))
                .isEqualTo("Поле «Комментарий» (номер 2) в версии 1 имело тип «Текст», а теперь «Число». "
                        + "Значения старых задач не подходят к новому типу: верните прежний тип или добавьте новое поле.");
        assertThat(message(invalid.problems().get(0), "en")).contains("had type “Text” in version 1")
                .contains("now has type “Number”");
        assertThat(forms.find(org, form.id())).map(Form::version).contains(2);
    }

    @Test
    void sameTypeAndNewIdsPublish() {
        long org = new TestOrganizations(jdbc).organization();
        Form form = forms.create(org, "Ремонт", withStep(Assignees.author()), null);
        FormDefinition renamed = new FormDefinition(List.of(HANDLER, FieldDefinition.of(2, "Примечание", FieldType.TEXT),
                FieldDefinition.of(3, "Сумма", FieldType.MONEY)), form.definition().route());

        assertThat(forms.publish(org, form.id(), renamed, null).version()).isEqualTo(2);
    }

    @Test
    void rejectedPublishListsEveryProblem() {
        long org = new TestOrganizations(jdbc).organization();
        Form form = forms.create(org, "Ремонт", withStep(Assignees.author()), null);
        Step broken = new Step(1, "Ремонт", Condition.field(40, Condition.Operator.FILLED), List.of(), 1);
        FormDefinition invalid = new FormDefinition(List.of(HANDLER, NOTE.withCode("x"),
                FieldDefinition.of(3, "", FieldType.TEXT).withCode("x")), new RouteDefinition(List.of(broken)));

        FormDefinitionInvalid refused = catchThrowableOfType(FormDefinitionInvalid.class,
                () -> forms.publish(org, form.id(), invalid, null));

        assertThat(refused.problems()).extracting(DefinitionProblem::code).containsExactlyInAnyOrder(
                "duplicate_field_code", "field_name_missing", "reject_target_not_earlier",
                "step_condition_unknown_field", "step_without_assignee");
        assertThat(refused.status()).isEqualTo(422);
        assertThat(forms.find(org, form.id())).map(Form::version).contains(1);
    }

    @Test
    void everyProblemHasMessagesInBothLanguages() {
        List<String> codes = List.of("duplicate_field_id", "duplicate_field_code", "field_name_missing",
                "duplicate_step_number", "reject_target_not_earlier", "step_condition_unknown_field",
                "assignee_condition_unknown_field", "visibility_unknown_field", "step_without_assignee",
                "field_type_changed");
        for (String code : codes) {
            DefinitionProblem problem = DefinitionProblem.of(code, "A", "B", "C", "D", "E");
            assertThat(message(problem, "ru")).as(code).isNotEqualTo(problem.messageKey()).doesNotContain("{");
            assertThat(message(problem, "en")).as(code).isNotEqualTo(problem.messageKey()).doesNotContain("{");
            assertThat(message(problem, "en")).as(code).isNotEqualTo(message(problem, "ru"));
        }
    }

    private String message(DefinitionProblem problem, String language) {
        return messages.getMessage(problem.messageKey(), problem.arguments().toArray(), problem.messageKey(),
                Locale.forLanguageTag(language));
    }
}
