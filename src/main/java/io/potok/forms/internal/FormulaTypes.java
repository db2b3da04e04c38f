package io.potok.forms.internal;

import java.util.Optional;

import io.potok.forms.FieldDefinition;
import io.potok.forms.FieldType;

/**
 * The mapping from field types to the {@link FormulaType} a formula reads, and the field types that can hold
 * a result.
 */
final class FormulaTypes {

    private FormulaTypes() {
    }

    /**
     * Returns the type a formula reads the field's value as. Number and money are numbers, date and due_date
     * are dates, and text, email, phone and multiple_choice (the picked options' names) are texts. A checkmark
     * is a boolean. Other types cannot be read by a formula.
     */
    static Optional<FormulaType> of(FieldDefinition field) {
        switch (field.type()) {
            case NUMBER:
            case MONEY:
                return Optional.of(FormulaType.NUMBER);
            case DATE:
            case DUE_DATE:
                return Optional.of(FormulaType.DATE);
            case TEXT:
            case EMAIL:
            case PHONE:
            case MULTIPLE_CHOICE:
                return Optional.of(FormulaType.TEXT);
            case CHECKMARK:
                return Optional.of(FormulaType.BOOLEAN);
            default:
                return Optional.empty();
        }
    }

    /** Tells whether a field of the type can hold a computed value: number, money, date, due_date and text. */
    static boolean canHold(FieldType type) {
        return type == FieldType.NUMBER || type == FieldType.MONEY || type == FieldType.DATE
                || type == FieldType.DUE_DATE || type == FieldType.TEXT;
    }

    /** Tells whether a result fits the field: numbers into number and money, dates into dates, all but booleans into text. */
    static boolean fits(FieldType target, FormulaType result) {
        switch (target) {
            case NUMBER:
            case MONEY:
                return result == FormulaType.NUMBER;
            case DATE:
            case DUE_DATE:
                return result == FormulaType.DATE;
            case TEXT:
                return result != FormulaType.BOOLEAN;
            default:
                return false;
        }
    }
}
