package io.potok.tasks.web;

import java.util.Map;
import java.util.Optional;

import io.potok.forms.FieldDefinition;
import io.potok.forms.FieldType;
import io.potok.forms.FieldValueInvalid;
import io.potok.forms.FieldValueRequired;
import io.potok.forms.FormDefinition;
import io.potok.platform.PotokException;
import io.potok.tasks.FieldValueNotUnique;

/**
 * Finds the field a rejected value belongs to, so that the page shows the message beside it. The codec's
 * failures and {@link FieldValueNotUnique} name the field by its name; a table column's failure is shown beside its table.
 */
final class FieldErrors {

    private FieldErrors() {
    }

    /** Returns the id of the field the failure names, or empty when it names none of the form's fields. */
    static Optional<Integer> fieldOf(FormDefinition form, PotokException failure) {
        Optional<String> name = fieldName(failure);
        if (name.isEmpty()) {
            return Optional.empty();
        }
        for (FieldDefinition field : form.fields()) {
            Optional<Integer> found = find(field, name.get(), field.id());
            if (found.isPresent()) {
                return found;
            }
        }
        return Optional.empty();
    }

    /** Returns the message beside its field, or an empty map when the failure names no field. */
    static Map<Integer, String> byField(FormDefinition form, PotokException failure, String message) {
        return fieldOf(form, failure).map(id -> Map.of(id, message)).orElse(Map.of());
    }

    private static Optional<String> fieldName(PotokException failure) {
        Object[] arguments = failure.arguments();
        if (failure instanceof FieldValueInvalid && arguments.length > 1) {
            return Optional.of(String.valueOf(arguments[1]));
        }
        if ((failure instanceof FieldValueRequired || failure instanceof FieldValueNotUnique) && arguments.length > 0) {
            return Optional.of(String.valueOf(arguments[0]));
        }
        return Optional.empty();
    }

    /** Searches the field and what it contains; a match inside a table reports the table. */
    private static Optional<Integer> find(FieldDefinition field, String name, int shownAt) {
        if (field.name().equals(name)) {
            return Optional.of(shownAt);
        }
        for (FieldDefinition child : field.fields()) {
            int childShownAt = field.type() == FieldType.TABLE ? shownAt : child.id();
            Optional<Integer> found = find(child, name, childShownAt);
            if (found.isPresent()) {
                return found;
            }
        }
        return field.info().options().stream()
                .flatMap(option -> option.fields().stream())
                .map(child -> find(child, name, child.id()))
                .flatMap(Optional::stream)
                .findFirst();
    }
}
