package io.potok.forms.internal;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.StreamSupport;

import io.potok.forms.FieldDefinition;
import io.potok.forms.FieldSettings.ChoiceOption;
import io.potok.forms.FieldType;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.DecimalNode;
import tools.jackson.databind.node.StringNode;

/**
 * Converts between stored field values and formula values.
 */
final class FormulaValues {

    private FormulaValues() {
    }

    /**
     * Reads a stored value as the formula type of its field; empty when the value is absent or does not have
     * the stored shape.
     */
    static FormulaValue read(FieldDefinition field, JsonNode stored) {
        Optional<FormulaType> type = FormulaTypes.of(field);
        if (ValueParser.isEmpty(stored) || type.isEmpty()) {
            return FormulaValue.EMPTY;
        }
        switch (type.get()) {
            case NUMBER:
                return Numbers.read(stored).map(FormulaValue::number).orElse(FormulaValue.EMPTY);
            case DATE:
                return date(stored);
            case BOOLEAN:
                return FormulaValue.bool("checked".equals(stored.asString()));
            default:
                return text(field, stored);
        }
    }

    private static FormulaValue date(JsonNode stored) {
        try {
            return FormulaValue.date(LocalDate.parse(stored.asString(), ScalarValues.ISO_DATE));
        } catch (DateTimeParseException notStoredDate) {
            return FormulaValue.EMPTY;
        }
    }

    /** Reads text as stored; a multiple_choice field gives the names of its picked options, comma-separated. */
    private static FormulaValue text(FieldDefinition field, JsonNode stored) {
        if (!stored.isObject()) {
            return FormulaValue.text(stored.asString());
        }
        Set<Integer> picked = StreamSupport.stream(stored.path("choice_ids").spliterator(), false)
                .map(JsonNode::asInt).collect(Collectors.toSet());
        String names = field.info().options().stream()
                .filter(option -> picked.contains(option.id()))
                .map(ChoiceOption::value)
                .collect(Collectors.joining(", "));
        return names.isEmpty() ? FormulaValue.EMPTY : FormulaValue.text(names);
    }

    /**
     * Converts a result to the target field's stored shape: numbers rounded half-up to the field's decimal
     * places, dates as {@code yyyy-MM-dd}, anything as text for a text field. Returns null for an empty result.
     *
     * @throws FormulaEvaluationFailed when the result does not fit the field or the number is too large
     */
    static JsonNode write(FieldDefinition target, FormulaValue result) {
        if (result.isEmpty()) {
            return null;
        }
        if (!FormulaTypes.fits(target.type(), result.type())) {
            throw new FormulaEvaluationFailed("result_type", target.type().wireName());
        }
        if (target.type() == FieldType.TEXT) {
            return StringNode.valueOf(result.asText());
        }
        if (result.type() == FormulaType.DATE) {
            return StringNode.valueOf(ScalarValues.ISO_DATE.format(result.date()));
        }
        if (Numbers.tooLarge(result.number())) {
            throw new FormulaEvaluationFailed("number_too_large", "");
        }
        return DecimalNode.valueOf(Numbers.round(target, result.number()));
    }
}
