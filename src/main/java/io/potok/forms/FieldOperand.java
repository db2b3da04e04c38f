package io.potok.forms;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

import tools.jackson.databind.JsonNode;

/**
 * One stored field value reduced to what a condition compares: a scalar text or a set of ids.
 */
final class FieldOperand {

    private final FieldType type;
    private final String scalar;
    private final Set<String> ids;

    private FieldOperand(FieldType type, String scalar, Set<String> ids) {
        this.type = type;
        this.scalar = scalar;
        this.ids = ids;
    }

    static FieldOperand of(FieldType type, JsonNode stored) {
        if (ConditionEvaluator.isEmpty(stored)) {
            return new FieldOperand(type, null, Set.of());
        }
        switch (type) {
            case MULTIPLE_CHOICE:
                return new FieldOperand(type, null, idsOf(stored.get("choice_ids")));
            case CATALOG:
                return new FieldOperand(type, null, idsOf(stored.get("item_ids")));
            case PERSON:
                return new FieldOperand(type, null, idsOf(stored.get("id")));
            default:
                return new FieldOperand(type, stored.isValueNode() ? stored.asString() : null, Set.of());
        }
    }

    private static Set<String> idsOf(JsonNode node) {
        Set<String> ids = new HashSet<>();
        if (node == null || node.isNull()) {
            return ids;
        }
        if (node.isArray()) {
            node.forEach(element -> ids.add(element.asString()));
        } else {
            ids.add(node.asString());
        }
        return ids;
    }

    boolean isEmpty() {
        return scalar == null && ids.isEmpty();
    }

    boolean isIdSet() {
        return type == FieldType.MULTIPLE_CHOICE || type == FieldType.CATALOG || type == FieldType.PERSON;
    }

    boolean equalsAll(List<String> operands) {
        if (isIdSet()) {
            return ids.equals(Set.copyOf(trimmed(operands)));
        }
        return operands.size() == 1 && compareTo(operands.get(0)).map(order -> order == 0)
                .orElseGet(() -> scalar.equalsIgnoreCase(operands.get(0).trim()));
    }

    boolean matchesAny(List<String> operands) {
        if (isIdSet()) {
            return trimmed(operands).stream().anyMatch(ids::contains);
        }
        return operands.stream().anyMatch(operand -> equalsAll(List.of(operand)));
    }

    /** Tells whether the text contains at least one operand, ignoring case; id sets match as {@code in}. */
    boolean containsAny(List<String> operands) {
        if (isIdSet()) {
            return matchesAny(operands);
        }
        String text = scalar.toLowerCase(Locale.ROOT);
        return operands.stream().map(operand -> operand.trim().toLowerCase(Locale.ROOT))
                .anyMatch(operand -> !operand.isEmpty() && text.contains(operand));
    }

    /**
     * Compares the value with an operand in the field type's order. Returns empty when the type has no order
     * or the operand does not parse as that type.
     */
    Optional<Integer> compareTo(String operand) {
        if (scalar == null) {
            return Optional.empty();
        }
        String trimmedOperand = operand.trim();
        try {
            switch (type) {
                case NUMBER:
                case MONEY:
                    return Optional.of(new BigDecimal(scalar).compareTo(new BigDecimal(trimmedOperand)));
                case DATE:
                case DUE_DATE:
                    return order(LocalDate::parse, trimmedOperand);
                case TIME:
                    return order(LocalTime::parse, trimmedOperand);
                case DUE_DATE_TIME:
                    return order(Instant::parse, trimmedOperand);
                case TEXT:
                case EMAIL:
                case PHONE:
                    return Optional.of(Integer.signum(scalar.compareToIgnoreCase(trimmedOperand)));
                default:
                    return Optional.empty();
            }
        } catch (NumberFormatException | DateTimeParseException unparsable) {
            return Optional.empty();
        }
    }

    private <T extends Comparable<T>> Optional<Integer> order(Function<String, T> parser, String operand) {
        return Optional.of(Integer.signum(Comparator.<T>naturalOrder()
                .compare(parser.apply(scalar), parser.apply(operand))));
    }

    private static List<String> trimmed(List<String> operands) {
        return operands.stream().map(String::trim).toList();
    }
}
