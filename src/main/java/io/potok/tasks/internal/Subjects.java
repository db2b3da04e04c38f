package io.potok.tasks.internal;

import java.util.List;
import java.util.Objects;

import io.potok.forms.FieldType;
import io.potok.forms.Form;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Builds a task's subject: a simple task's text, or the form name followed by its first filled text fields.
 */
final class Subjects {

    private static final int TEXT_FIELDS_SHOWN = 2;
    private static final int MAX_LENGTH = 300;

    private Subjects() {
    }

    static String of(Form form, ObjectNode values, String text) {
        if (form == null) {
            return shorten(text == null ? "" : text.strip());
        }
        List<String> texts = form.definition().fields().stream()
                .filter(field -> field.type() == FieldType.TEXT)
                .map(field -> values.get(String.valueOf(field.id())))
                .filter(Objects::nonNull)
                .map(JsonNode::asString)
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
