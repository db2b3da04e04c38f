package io.potok.forms;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;

import io.potok.PotokTest;
import io.potok.TestOrganizations;
import io.potok.forms.FieldSettings.ChoiceOption;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.node.JsonNodeFactory;

@PotokTest
class DefaultValueCheckTests {

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    @Autowired
    Forms forms;

    @Autowired
    JdbcClient jdbc;

    @Test
    void rejectsDefaultThatDoesNotFitItsType() {
        FieldDefinition quantity = FieldDefinition.of(1, "Quantity", FieldType.NUMBER).withDefault(NODES.stringNode("many"));

        assertThatThrownBy(() -> create(quantity))
                .isInstanceOf(FormDefinitionInvalid.class)
                .satisfies(failure -> assertThat(((FormDefinitionInvalid) failure).problems())
                        .containsExactly(DefinitionProblem.of("default_invalid", "Quantity", "many", "number")));
    }

    @Test
    void rejectsDefaultChoiceThatIsNoOption() {
        FieldDefinition kind = FieldDefinition.of(1, "Kind", FieldType.MULTIPLE_CHOICE)
                .withInfo(FieldSettings.choices(false, List.of(new ChoiceOption(1, "Repair"))))
                .withDefault(NODES.objectNode().set("choice_ids", NODES.arrayNode().add(7)));

        assertThatThrownBy(() -> create(kind))
                .isInstanceOf(FormDefinitionInvalid.class)
                .satisfies(failure -> assertThat(((FormDefinitionInvalid) failure).problems().get(0).code())
                        .isEqualTo("default_invalid"));
    }

    @Test
    void rejectsDefaultOnFieldPotokFills() {
        FieldDefinition step = FieldDefinition.of(1, "Step", FieldType.STEP).withDefault(NODES.numberNode(2));

        assertThatThrownBy(() -> create(step))
                .isInstanceOf(FormDefinitionInvalid.class)
                .satisfies(failure -> assertThat(((FormDefinitionInvalid) failure).problems())
                        .containsExactly(DefinitionProblem.of("default_not_allowed", "Step", "2")));
    }

    @Test
    void acceptsDefaultsThatFit() {
        FieldDefinition quantity = FieldDefinition.of(1, "Quantity", FieldType.NUMBER).withDefault(NODES.numberNode(3));
        FieldDefinition email = FieldDefinition.of(2, "Email", FieldType.EMAIL).withDefault(NODES.stringNode("a@b.ru"));

        Form form = create(quantity, email);

        assertThat(form.definition().field(1).orElseThrow().defaultValue().asInt()).isEqualTo(3);
    }

    private Form create(FieldDefinition... fields) {
        long org = new TestOrganizations(jdbc).organization();
        return forms.create(org, "Defaults " + System.nanoTime(), new FormDefinition(List.of(fields), null), null);
    }
}
