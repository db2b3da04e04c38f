package io.potok.automation.internal.rulecheck;

import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.potok.forms.FieldDefinition;
import io.potok.forms.FormDefinition;

/**
 * The {@code {field name}} placeholders of a rule's comment and email templates. A placeholder names a field
 * of the form by its name, code or id, with the spaces at its edges ignored, as the rule engine reads it.
 */
final class Placeholders {

    private static final Pattern PLACEHOLDER = Pattern.compile("\\{([^{}]+)}");

    private Placeholders() {
    }

    /** Returns the names inside the braces of every placeholder in the text, in order. */
    static List<String> in(String text) {
        if (text == null) {
            return List.of();
        }
        Matcher matcher = PLACEHOLDER.matcher(text);
        return matcher.results().map(match -> match.group(1)).toList();
    }

    /** Finds the field a placeholder names. */
    static Optional<FieldDefinition> field(FormDefinition definition, String name) {
        return definition.fieldByReference(name.strip());
    }
}
