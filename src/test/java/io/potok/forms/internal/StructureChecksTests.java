package io.potok.forms.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import io.potok.forms.Condition;
import io.potok.forms.DefinitionProblem;
import io.potok.forms.FieldDefinition;
import io.potok.forms.FieldSettings;
import io.potok.forms.FieldSettings.ChoiceOption;
import io.potok.forms.FieldType;
import io.potok.forms.FormDefinition;
import io.potok.forms.RouteDefinition;
import io.potok.forms.RouteDefinition.AssigneeRule;
import io.potok.forms.RouteDefinition.Assignees;
import io.potok.forms.RouteDefinition.Step;
import org.junit.jupiter.api.Test;

class StructureChecksTests {

    private static final long ORG = 1;

    private static final FieldDefinition CLIENT = FieldDefinition.of(1, "Клиент", FieldType.TEXT).withCode("client");
    private static final FieldDefinition KIND = FieldDefinition.of(2, "Тип", FieldType.MULTIPLE_CHOICE)
            .withInfo(FieldSettings.choices(false, List.of(new ChoiceOption(1, "Розница"), new ChoiceOption(2, "Опт"))));

    private static Step step(int number, Condition condition, Integer rejectTo) {
        return new Step(number, "Этап " + number, condition, List.of(new AssigneeRule(null, Assignees.author())),
                rejectTo);
    }

    private static FormDefinition form(List<FieldDefinition> fields, Step... steps) {
        return new FormDefinition(fields, new RouteDefinition(List.of(steps)));
    }

    private static final FormDefinition VALID = form(List.of(CLIENT, KIND), step(1, null, null), step(2, null, 1));

    @Test
    void validDefinitionPassesEveryStructureCheck() {
        assertThat(new FieldStructureCheck().check(ORG, null, VALID)).isEmpty();
        assertThat(new StepStructureCheck().check(ORG, null, VALID)).isEmpty();
        assertThat(new ConditionFieldsCheck().check(ORG, null, VALID)).isEmpty();
    }

    @Test
    void duplicateFieldIdNamesBothFields() {
        FieldDefinition sameId = FieldDefinition.of(1, "Телефон", FieldType.PHONE);
        FormDefinition definition = form(List.of(CLIENT, KIND.withInfo(KIND.info().withOptions(
                List.of(new ChoiceOption(1, "Розница", List.of(sameId)))))), step(1, null, null));

        List<DefinitionProblem> problems = new FieldStructureCheck().check(ORG, null, definition);

        assertThat(problems).containsExactly(DefinitionProblem.of("duplicate_field_id", "1", "Клиент, Телефон"));
    }

    @Test
    void duplicateCodeInTableColumnIsFound() {
        FieldDefinition column = FieldDefinition.of(11, "Клиент строки", FieldType.TEXT).withCode("client");
        FieldDefinition lines = FieldDefinition.of(10, "Строки", FieldType.TABLE).withFields(List.of(column));

        List<DefinitionProblem> problems = new FieldStructureCheck().check(ORG, null,
                form(List.of(CLIENT, lines), step(1, null, null)));

        assertThat(problems).containsExactly(
                DefinitionProblem.of("duplicate_field_code", "client", "Клиент, Клиент строки"));
    }

    @Test
    void emptyCodesAreNotDuplicates() {
        FormDefinition definition = form(List.of(CLIENT.withCode(""), KIND.withCode(""),
                FieldDefinition.of(3, "Адрес", FieldType.TEXT)), step(1, null, null));

        assertThat(new FieldStructureCheck().check(ORG, null, definition)).isEmpty();
    }

    @Test
    void blankFieldNameIsNamedById() {
        FormDefinition definition = form(List.of(CLIENT, FieldDefinition.of(7, "  ", FieldType.TEXT)),
                step(1, null, null));

        assertThat(new FieldStructureCheck().check(ORG, null, definition))
                .containsExactly(DefinitionProblem.of("field_name_missing", "7"));
    }

    @Test
    void duplicateStepNumberIsReportedOnce() {
        FormDefinition definition = form(List.of(CLIENT), step(1, null, null), step(2, null, null),
                step(2, null, null), step(2, null, null));

        assertThat(new StepStructureCheck().check(ORG, null, definition))
                .containsExactly(DefinitionProblem.of("duplicate_step_number", "2"));
    }

    @Test
    void rejectTargetMustBeAnEarlierStep() {
        FormDefinition definition = form(List.of(CLIENT), step(1, null, null), step(2, null, 2), step(3, null, 4),
                step(4, null, null), step(5, null, 1));
        FormDefinition missingTarget = form(List.of(CLIENT), step(2, null, null), step(3, null, 1));

        assertThat(new StepStructureCheck().check(ORG, null, definition)).containsExactly(
                DefinitionProblem.of("reject_target_not_earlier", "2", "Этап 2", "2"),
                DefinitionProblem.of("reject_target_not_earlier", "3", "Этап 3", "4"));
        assertThat(new StepStructureCheck().check(ORG, null, missingTarget)).containsExactly(
                DefinitionProblem.of("reject_target_not_earlier", "3", "Этап 3", "1"));
    }

    @Test
    void nestedStepConditionOnMissingField() {
        Condition nested = Condition.all(Condition.field(2, Condition.Operator.EQUALS, "1"),
                Condition.any(Condition.field(9, Condition.Operator.FILLED), Condition.field(1, Condition.Operator.EMPTY)));
        FormDefinition definition = form(List.of(CLIENT, KIND), step(1, nested, null));

        assertThat(new ConditionFieldsCheck().check(ORG, null, definition))
                .containsExactly(DefinitionProblem.of("step_condition_unknown_field", "1", "Этап 1", "9"));
    }

    @Test
    void assigneeConditionOnMissingFieldIsFound() {
        Step step = new Step(1, "Менеджер", null, List.of(
                new AssigneeRule(Condition.field(8, Condition.Operator.EQUALS, "2"), Assignees.anyOf(5L)),
                new AssigneeRule(null, Assignees.author())), null);

        assertThat(new ConditionFieldsCheck().check(ORG, null, form(List.of(CLIENT, KIND), step)))
                .containsExactly(DefinitionProblem.of("assignee_condition_unknown_field", "1", "Менеджер", "8"));
    }

    @Test
    void visibilityConditionOnMissingFieldIsFound() {
        FieldDefinition address = FieldDefinition.of(3, "Адрес", FieldType.TEXT)
                .shownWhen(Condition.field(4, Condition.Operator.EQUALS, "1"));
        FieldDefinition serial = FieldDefinition.of(5, "Серийный номер", FieldType.TEXT)
                .shownWhen(Condition.field(2, Condition.Operator.EQUALS, "2"));

        assertThat(new ConditionFieldsCheck().check(ORG, null, form(List.of(CLIENT, KIND, address, serial),
                step(1, null, null)))).containsExactly(DefinitionProblem.of("visibility_unknown_field", "Адрес", "4"));
    }

    @Test
    void conditionOnNestedFieldIsKnown() {
        FieldDefinition column = FieldDefinition.of(11, "Количество", FieldType.NUMBER);
        FieldDefinition lines = FieldDefinition.of(10, "Строки", FieldType.TABLE).withFields(List.of(column));

        assertThat(new ConditionFieldsCheck().check(ORG, null, form(List.of(CLIENT, lines),
                step(1, Condition.field(11, Condition.Operator.GREATER, "5"), null)))).isEmpty();
    }
}
