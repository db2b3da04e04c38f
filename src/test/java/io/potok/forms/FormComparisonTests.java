package io.potok.forms;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import io.potok.forms.FieldSettings.ChoiceOption;
import io.potok.forms.FormComparison.FieldAspect;
import io.potok.forms.FormComparison.FieldChange;
import io.potok.forms.FormComparison.PlacedField;
import io.potok.forms.FormComparison.StepAspect;
import io.potok.forms.FormComparison.StepChange;
import io.potok.forms.RouteDefinition.AssigneeRule;
import io.potok.forms.RouteDefinition.Assignees;
import io.potok.forms.RouteDefinition.Step;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

class FormComparisonTests {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private static final FieldDefinition CLIENT = FieldDefinition.of(1, "Клиент", FieldType.TEXT).withCode("client");
    private static final FieldDefinition KIND = FieldDefinition.of(2, "Тип клиента", FieldType.MULTIPLE_CHOICE)
            .withInfo(FieldSettings.choices(false, List.of(new ChoiceOption(1, "Розница"), new ChoiceOption(2, "Опт"))));
    private static final FieldDefinition QUANTITY = FieldDefinition.of(11, "Количество", FieldType.NUMBER);
    private static final FieldDefinition PRICE = FieldDefinition.of(12, "Цена", FieldType.MONEY)
            .withInfo(FieldSettings.decimals(2));
    private static final FieldDefinition LINES = FieldDefinition.of(10, "Строки", FieldType.TABLE)
            .withFields(List.of(QUANTITY, PRICE));
    private static final FieldDefinition NOTE = FieldDefinition.of(20, "Комментарий", FieldType.TEXT);

    private static Step step(int number, String name) {
        return new Step(number, name, null, List.of(new AssigneeRule(null, Assignees.author())), null);
    }

    private static FormDefinition form(List<FieldDefinition> fields, Step... steps) {
        return new FormDefinition(fields, new RouteDefinition(List.of(steps)));
    }

    private static final FormDefinition BASE = form(List.of(CLIENT, KIND, LINES, NOTE), step(1, "Менеджер"),
            step(2, "Склад"));

    private static FieldChange onlyChange(FormComparison comparison) {
        assertThat(comparison.fieldsChanged()).hasSize(1);
        return comparison.fieldsChanged().get(0);
    }

    @Test
    void sameDefinitionHasNoDifferences() {
        FormComparison comparison = FormComparison.compare(BASE, BASE);

        assertThat(comparison.isEmpty()).isTrue();
    }

    @Test
    void listsAddedAndRemovedFieldsWithParents() {
        FieldDefinition discount = FieldDefinition.of(13, "Скидка", FieldType.MONEY);
        FieldDefinition delivery = FieldDefinition.of(30, "Доставка", FieldType.TEXT);
        FormDefinition later = form(List.of(CLIENT, KIND, LINES.withFields(List.of(QUANTITY, PRICE, discount)),
                delivery), step(1, "Менеджер"), step(2, "Склад"));

        FormComparison comparison = FormComparison.compare(BASE, later);

        assertThat(comparison.fieldsAdded()).extracting(PlacedField::field).containsExactly(discount, delivery);
        assertThat(comparison.fieldsAdded().get(0).parent()).isEqualTo(LINES.withFields(List.of(QUANTITY, PRICE, discount)));
        assertThat(comparison.fieldsAdded().get(1).parent()).isNull();
        assertThat(comparison.fieldsRemoved()).extracting(PlacedField::field).containsExactly(NOTE);
        assertThat(comparison.fieldsChanged()).as("a column added to a table does not change the table").isEmpty();
    }

    @Test
    void reportsEachChangedFieldAspect() {
        var cases = List.of(
                new Object[] {CLIENT.withCode("customer"), FieldAspect.CODE},
                new Object[] {new FieldDefinition(1, "Покупатель", "client", FieldType.TEXT, null, null, null, null),
                        FieldAspect.NAME},
                new Object[] {FieldDefinition.of(1, "Клиент", FieldType.EMAIL).withCode("client"), FieldAspect.TYPE},
                new Object[] {CLIENT.requiredFrom(2), FieldAspect.REQUIRED_STEP},
                new Object[] {CLIENT.readOnlyFrom(2), FieldAspect.READ_ONLY_STEP},
                new Object[] {CLIENT.withInfo(FieldSettings.multilineText()), FieldAspect.SETTINGS},
                new Object[] {CLIENT.withInfo(FieldSettings.NONE.withFormula("#20")), FieldAspect.FORMULA},
                new Object[] {CLIENT.withDescription("Как в договоре"), FieldAspect.DESCRIPTION},
                new Object[] {CLIENT.shownWhen(Condition.field(2, Condition.Operator.EQUALS, "2")),
                        FieldAspect.VISIBILITY},
                new Object[] {CLIENT.withDefault(JSON.getNodeFactory().stringNode("ООО Ромашка")),
                        FieldAspect.DEFAULT_VALUE},
                new Object[] {CLIENT.asUnique(), FieldAspect.UNIQUE},
                new Object[] {CLIENT.asPartOfSubject(), FieldAspect.IN_SUBJECT});
        for (Object[] testCase : cases) {
            FormDefinition later = form(List.of((FieldDefinition) testCase[0], KIND, LINES, NOTE),
                    step(1, "Менеджер"), step(2, "Склад"));

            FieldChange change = onlyChange(FormComparison.compare(BASE, later));

            assertThat(change.aspects()).as("aspects of %s", testCase[0]).containsExactly((FieldAspect) testCase[1]);
            assertThat(change.before()).isEqualTo(CLIENT);
            assertThat(change.after()).isEqualTo(testCase[0]);
        }
    }

    @Test
    void renamedChoiceChangesOptionsOnly() {
        FieldDefinition renamed = KIND.withInfo(KIND.info().withOptions(
                List.of(new ChoiceOption(1, "Розница"), new ChoiceOption(2, "Дистрибьютор"))));
        FormDefinition later = form(List.of(CLIENT, renamed, LINES, NOTE), step(1, "Менеджер"), step(2, "Склад"));

        FieldChange change = onlyChange(FormComparison.compare(BASE, later));

        assertThat(change.aspects()).containsExactly(FieldAspect.OPTIONS);
    }

    @Test
    void fieldAddedUnderChoiceIsNotAChoiceChange() {
        FieldDefinition serial = FieldDefinition.of(40, "Серийный номер", FieldType.TEXT);
        FieldDefinition withNested = KIND.withInfo(KIND.info().withOptions(
                List.of(new ChoiceOption(1, "Розница"), new ChoiceOption(2, "Опт", List.of(serial)))));
        FormDefinition later = form(List.of(CLIENT, withNested, LINES, NOTE), step(1, "Менеджер"), step(2, "Склад"));

        FormComparison comparison = FormComparison.compare(BASE, later);

        assertThat(comparison.fieldsChanged()).isEmpty();
        assertThat(comparison.fieldsAdded()).extracting(PlacedField::field).containsExactly(serial);
        assertThat(comparison.fieldsAdded().get(0).parent().id()).isEqualTo(2);
    }

    @Test
    void fieldMovedIntoTableChangesSection() {
        FormDefinition later = form(List.of(CLIENT, KIND, LINES.withFields(List.of(QUANTITY, PRICE, NOTE))),
                step(1, "Менеджер"), step(2, "Склад"));

        FieldChange change = onlyChange(FormComparison.compare(BASE, later));

        assertThat(change.after().id()).isEqualTo(20);
        assertThat(change.aspects()).containsExactly(FieldAspect.SECTION);
        assertThat(change.beforeParent()).isNull();
        assertThat(change.afterParent().id()).isEqualTo(10);
    }

    @Test
    void swappingTwoFieldsMovesOneOfThem() {
        FormDefinition later = form(List.of(KIND, CLIENT, LINES, NOTE), step(1, "Менеджер"), step(2, "Склад"));

        FieldChange change = onlyChange(FormComparison.compare(BASE, later));

        assertThat(change.aspects()).containsExactly(FieldAspect.POSITION);
    }

    @Test
    void insertingAFieldMovesNoOther() {
        FieldDefinition region = FieldDefinition.of(5, "Регион", FieldType.TEXT);
        FormDefinition later = form(List.of(region, CLIENT, KIND, LINES, NOTE), step(1, "Менеджер"), step(2, "Склад"));

        FormComparison comparison = FormComparison.compare(BASE, later);

        assertThat(comparison.fieldsChanged()).isEmpty();
        assertThat(comparison.fieldsAdded()).extracting(placed -> placed.field().id()).containsExactly(5);
    }

    @Test
    void movingAFieldToTheEndMovesOnlyIt() {
        FormDefinition later = form(List.of(KIND, LINES, NOTE, CLIENT), step(1, "Менеджер"), step(2, "Склад"));

        FieldChange change = onlyChange(FormComparison.compare(BASE, later));

        assertThat(change.after().id()).isEqualTo(1);
        assertThat(change.aspects()).containsExactly(FieldAspect.POSITION);
    }

    @Test
    void listsAddedAndRemovedSteps() {
        FormDefinition later = form(BASE.fields(), step(1, "Менеджер"), step(3, "Доставка"));

        FormComparison comparison = FormComparison.compare(BASE, later);

        assertThat(comparison.stepsAdded()).extracting(Step::number).containsExactly(3);
        assertThat(comparison.stepsRemoved()).extracting(Step::number).containsExactly(2);
        assertThat(comparison.stepsChanged()).isEmpty();
    }

    @Test
    void reportsEachChangedStepAspect() {
        Condition wholesale = Condition.field(2, Condition.Operator.EQUALS, "2");
        var cases = List.of(
                new Object[] {step(2, "Склад Москва"), StepAspect.NAME},
                new Object[] {new Step(2, "Склад", wholesale, step(2, "Склад").assignees(), null), StepAspect.CONDITION},
                new Object[] {new Step(2, "Склад", null, List.of(new AssigneeRule(null, Assignees.anyOf(7L))), null),
                        StepAspect.ASSIGNEES},
                new Object[] {new Step(2, "Склад", null, step(2, "Склад").assignees(), 1), StepAspect.REJECT_TARGET},
                new Object[] {new Step(2, "Склад", null, step(2, "Склад").assignees(), null, 24, null),
                        StepAspect.DUE_TIME},
                new Object[] {new Step(2, "Склад", null, step(2, "Склад").assignees(), null, null, true),
                        StepAspect.DUE_TIME});
        for (Object[] testCase : cases) {
            FormDefinition later = form(BASE.fields(), step(1, "Менеджер"), (Step) testCase[0]);

            FormComparison comparison = FormComparison.compare(BASE, later);

            assertThat(comparison.stepsChanged()).extracting(StepChange::aspects).as("change to %s", testCase[0])
                    .containsExactly(java.util.Set.of((StepAspect) testCase[1]));
            assertThat(comparison.stepsChanged().get(0).before()).isEqualTo(step(2, "Склад"));
        }
    }

    @Test
    void businessHoursWithSameHoursChangeDueTime() {
        Step calendarHours = new Step(2, "Склад", null, step(2, "Склад").assignees(), null, 8, false);
        Step businessHours = new Step(2, "Склад", null, step(2, "Склад").assignees(), null, 8, true);

        FormComparison comparison = FormComparison.compare(form(BASE.fields(), calendarHours),
                form(BASE.fields(), businessHours));

        assertThat(comparison.stepsChanged()).singleElement().extracting(StepChange::aspects)
                .isEqualTo(java.util.Set.of(StepAspect.DUE_TIME));
    }

    @Test
    void comparingBackwardsSwapsAddedAndRemoved() {
        FormDefinition later = form(List.of(CLIENT, KIND, LINES), step(1, "Менеджер"));

        FormComparison forwards = FormComparison.compare(BASE, later);
        FormComparison backwards = FormComparison.compare(later, BASE);

        assertThat(forwards.fieldsRemoved()).extracting(placed -> placed.field().id()).containsExactly(20);
        assertThat(backwards.fieldsAdded()).extracting(placed -> placed.field().id()).containsExactly(20);
        assertThat(forwards.stepsRemoved()).extracting(Step::number).containsExactly(2);
        assertThat(backwards.stepsAdded()).extracting(Step::number).containsExactly(2);
    }

    @Test
    void emptyCodeEqualsMissingCode() {
        FieldDefinition blankCode = FieldDefinition.of(20, "Комментарий", FieldType.TEXT).withCode("");
        FormDefinition later = form(List.of(CLIENT, KIND, LINES, blankCode), step(1, "Менеджер"), step(2, "Склад"));

        assertThat(FormComparison.compare(BASE, later).isEmpty()).isTrue();
    }
}
