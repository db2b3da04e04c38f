package io.potok.forms;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import io.potok.forms.FieldSettings.ChoiceOption;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

class FieldVisibilityTests {

    private static final FormDefinition FORM = new FormDefinition(List.of(
            FieldDefinition.of(1, "Kind", FieldType.MULTIPLE_CHOICE).withInfo(FieldSettings.choices(false, List.of(
                    new ChoiceOption(1, "Repair", List.of(FieldDefinition.of(11, "Fault", FieldType.TEXT))),
                    new ChoiceOption(2, "Sale")))),
            FieldDefinition.of(2, "Warranty", FieldType.CHECKMARK)
                    .shownWhen(Condition.field(1, Condition.Operator.EQUALS, "1")),
            FieldDefinition.of(3, "Warranty number", FieldType.TEXT)
                    .shownWhen(Condition.field(2, Condition.Operator.EQUALS, "checked"))), null);

    @Test
    void showsFieldsOfChosenOption() {
        ObjectNode values = values(1);
        values.put("2", "checked");

        assertThat(FieldVisibility.hidden(FORM, values)).isEmpty();
    }

    @Test
    void hidesChainWhenItsFirstConditionFails() {
        ObjectNode values = values(2);
        values.put("2", "checked");

        assertThat(FieldVisibility.hidden(FORM, values)).containsExactlyInAnyOrder(11, 2, 3);
    }

    @Test
    void hidesEverythingConditionalWhileNothingIsChosen() {
        assertThat(FieldVisibility.hidden(FORM, JsonNodeFactory.instance.objectNode()))
                .containsExactlyInAnyOrder(11, 2, 3);
    }

    private static ObjectNode values(int choice) {
        ObjectNode values = JsonNodeFactory.instance.objectNode();
        values.putObject("1").putArray("choice_ids").add(choice);
        return values;
    }
}
