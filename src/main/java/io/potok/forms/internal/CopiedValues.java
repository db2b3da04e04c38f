package io.potok.forms.internal;

import java.util.Optional;

import io.potok.forms.FieldDefinition;
import io.potok.forms.FieldSettings.ChoiceOption;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * Turns a catalog cell into the write shape of the field it is copied into, for the codec to parse. A choice
 * field gets the option with the same label (ignoring case) and a person field the member with that email.
 * Other fields get the text itself, which number, money and date fields parse as typed.
 */
final class CopiedValues {

    private CopiedValues() {
    }

    /** Returns the value to write, or empty when the field has no counterpart, such as no matching choice. */
    static Optional<JsonNode> writeShape(FieldDefinition target, String cell) {
        JsonNodeFactory nodes = JsonNodeFactory.instance;
        switch (target.type()) {
            case MULTIPLE_CHOICE:
                return target.info().options().stream()
                        .filter(option -> option.value().trim().equalsIgnoreCase(cell.trim()))
                        .findFirst()
                        .map(CopiedValues::choice);
            case PERSON:
                return Optional.of(nodes.objectNode().put("email", cell.trim()));
            default:
                return Optional.of(nodes.stringNode(cell));
        }
    }

    private static JsonNode choice(ChoiceOption option) {
        ObjectNode value = JsonNodeFactory.instance.objectNode();
        value.putArray("choice_ids").add(option.id());
        return value;
    }
}
