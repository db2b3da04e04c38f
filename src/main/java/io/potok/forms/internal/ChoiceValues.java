package io.potok.forms.internal;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import io.potok.forms.FieldDefinition;
import io.potok.forms.FieldSettings.ChoiceOption;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

import static io.potok.forms.internal.Rejections.invalid;

/**
 * Parses multiple_choice values: {@code {"choice_ids": [..]}}, {@code {"choice_names": [..]}} or the older
 * {@code {"choice_id": n}}, stored as {@code {"choice_ids": [..]}}.
 */
final class ChoiceValues {

    private ChoiceValues() {
    }

    /** Returns the stored value, or null when no choice is picked. */
    static JsonNode parse(FieldDefinition field, JsonNode value) {
        Set<Integer> ids = new LinkedHashSet<>();
        for (JsonNode choice : references(field, value)) {
            ids.add(resolve(field, choice).id());
        }
        if (ids.size() > 1 && !field.info().allowsSeveralChoices()) {
            throw invalid("choice_single", field, value);
        }
        return ids.isEmpty() ? null : stored(ids);
    }

    static Optional<ChoiceOption> option(FieldDefinition field, int id) {
        return field.info().options().stream().filter(option -> option.id() == id).findFirst();
    }

    static List<Integer> storedIds(JsonNode stored) {
        List<Integer> ids = new ArrayList<>();
        stored.path("choice_ids").forEach(id -> ids.add(id.asInt()));
        return ids;
    }

    private static List<JsonNode> references(FieldDefinition field, JsonNode value) {
        if (value.isObject() && value.has("choice_ids")) {
            return elements(field, value, value.get("choice_ids"));
        }
        if (value.isObject() && value.has("choice_names")) {
            return elements(field, value, value.get("choice_names"));
        }
        if (value.isObject() && value.has("choice_id")) {
            return List.of(value.get("choice_id"));
        }
        throw invalid("choice_format", field, value);
    }

    private static List<JsonNode> elements(FieldDefinition field, JsonNode value, JsonNode list) {
        if (!list.isArray()) {
            throw invalid("choice_format", field, value);
        }
        List<JsonNode> elements = new ArrayList<>();
        list.forEach(elements::add);
        return elements;
    }

    /** Finds the option a choice names: a number or numeric string is an id, other text is the label. */
    private static ChoiceOption resolve(FieldDefinition field, JsonNode choice) {
        Optional<ChoiceOption> option = Optional.empty();
        if (choice.canConvertToInt() && choice.isIntegralNumber()) {
            option = option(field, choice.intValue());
        } else if (choice.isString()) {
            option = byIdOrLabel(field, choice.stringValue().trim());
        }
        return option.orElseThrow(() -> invalid("choice_not_found", field, choice));
    }

    private static Optional<ChoiceOption> byIdOrLabel(FieldDefinition field, String text) {
        Optional<ChoiceOption> byLabel = field.info().options().stream()
                .filter(option -> option.value().equals(text))
                .findFirst();
        if (byLabel.isPresent() || !text.matches("\\d{1,9}")) {
            return byLabel;
        }
        return option(field, Integer.parseInt(text));
    }

    private static JsonNode stored(Set<Integer> ids) {
        ObjectNode stored = JsonNodeFactory.instance.objectNode();
        ArrayNode list = stored.putArray("choice_ids");
        ids.forEach(list::add);
        return stored;
    }
}
