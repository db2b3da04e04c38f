package io.potok.tasks.internal;

import java.util.List;
import java.util.Objects;

import io.potok.forms.FieldType;
import io.potok.forms.FieldValues;
import io.potok.forms.Form;
import io.potok.platform.SupportedLocales;
import tools.jackson.databind.node.ObjectNode;

/**
 * Builds a task's subject: a simple task's text, or the form name followed by its first filled text and
 * catalog fields (such as an order's client), so that tasks of one form are distinguishable in lists.
 */
final class Subjects {

    private static final int TEXT_FIELDS_SHOWN = 2;
    private static final int MAX_LENGTH = 300;

    private Subjects() {
    }

    static String of(Form form, ObjectNode values, String text, FieldValues fieldValues) {
        if (form == null) {
            return shorten(text == null ? "" : text.strip());
        }
        List<String> texts = form.definition().fields().stream()
                .filter(field -> field.type() == FieldType.TEXT || field.type() == FieldType.CATALOG)
                .filter(field -> values.get(String.valueOf(field.id())) != null)
                .map(field -> fieldValues.display(form.orgId(), field, values.get(String.valueOf(field.id())),
                        SupportedLocales.RUSSIAN))
                .filter(Objects::nonNull)
                .filter(value -> !value.isBlank())
                .limit(TEXT_FIELDS_SHOWN)
                .toList();
        return shorten(texts.isEmpty() ? form.name() : form.name() + ": " + String.join(", ", texts));
    }

    private static String shorten(String subject) {
        String firstLine = subject.lines().findFirst().orElse("");
        return firstLine.length() <= MAX_LENGTH ? firstLine : firstLine.substring(0, MAX_LENGTH);
    }
}
