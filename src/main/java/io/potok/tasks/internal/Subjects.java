package io.potok.tasks.internal;

import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;

import io.potok.forms.FieldDefinition;
import io.potok.forms.FieldType;
import io.potok.forms.FieldValues;
import io.potok.forms.Form;
import io.potok.platform.SupportedLocales;
import tools.jackson.databind.node.ObjectNode;

/**
 * Builds a task's subject. A simple task's subject is its text. A form task's subject is made of the fields
 * marked "include in subject", in form order and as people read them (choice names, the catalog item's key,
 * a person's name, dates in Russian), joined by commas. While none of them has a value, the subject is the
 * form name. A form with no marked field gets its name followed by its first filled text and catalog fields
 * (such as an order's client), so that tasks of one form are distinguishable in lists.
 */
final class Subjects {

    private static final int TEXT_FIELDS_SHOWN = 2;
    private static final int MAX_LENGTH = 300;
    private static final String SEPARATOR = ", ";

    private Subjects() {
    }

    static String of(Form form, ObjectNode values, String text, FieldValues fieldValues) {
        if (form == null) {
            return shorten(text == null ? "" : text.strip());
        }
        List<FieldDefinition> marked = form.definition().allFields().filter(FieldDefinition::isInSubject).toList();
        if (!marked.isEmpty()) {
            List<String> texts = displayed(form, marked.stream(), values, fieldValues).toList();
            return shorten(texts.isEmpty() ? form.name() : String.join(SEPARATOR, texts));
        }
        Stream<FieldDefinition> textFields = form.definition().fields().stream()
                .filter(field -> field.type() == FieldType.TEXT || field.type() == FieldType.CATALOG);
        List<String> texts = displayed(form, textFields, values, fieldValues).limit(TEXT_FIELDS_SHOWN).toList();
        return shorten(texts.isEmpty() ? form.name() : form.name() + ": " + String.join(SEPARATOR, texts));
    }

    private static Stream<String> displayed(Form form, Stream<FieldDefinition> fields, ObjectNode values,
                                            FieldValues fieldValues) {
        return fields
                .filter(field -> values.get(String.valueOf(field.id())) != null)
                .map(field -> fieldValues.display(form.orgId(), field, values.get(String.valueOf(field.id())),
                        SupportedLocales.RUSSIAN))
                .filter(Objects::nonNull)
                .map(String::strip)
                .filter(value -> !value.isBlank());
    }

    private static String shorten(String subject) {
        String firstLine = subject.lines().findFirst().orElse("");
        return firstLine.length() <= MAX_LENGTH ? firstLine : firstLine.substring(0, MAX_LENGTH);
    }
}
