package io.potok.automation.internal.rules;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.potok.forms.FieldDefinition;
import io.potok.forms.FieldValues;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;

/**
 * Fills {@code {field name}} placeholders in a rule's texts with the task's values as pages show them. A
 * placeholder may also name a field by its id or code; one that names no field stays as written.
 */
@Component
class FieldTemplates {

    /** Texts rules write are shown in the organisation's default language. */
    static final Locale TEXT_LOCALE = Locale.forLanguageTag("ru");

    private static final Pattern PLACEHOLDER = Pattern.compile("\\{([^{}]+)}");

    private final FieldValues fieldValues;

    FieldTemplates(FieldValues fieldValues) {
        this.fieldValues = fieldValues;
    }

    String fill(String template, RuleContext context) {
        if (template == null) {
            return "";
        }
        Matcher matcher = PLACEHOLDER.matcher(template);
        StringBuilder filled = new StringBuilder();
        while (matcher.find()) {
            String replacement = field(matcher.group(1).trim(), context)
                    .map(field -> display(field, context))
                    .orElse(matcher.group());
            matcher.appendReplacement(filled, Matcher.quoteReplacement(replacement));
        }
        matcher.appendTail(filled);
        return filled.toString();
    }

    /** Finds the field a placeholder names, in the form version the task follows. */
    Optional<FieldDefinition> field(String reference, RuleContext context) {
        return context.taskForm().definition().fieldByReference(reference);
    }

    private String display(FieldDefinition field, RuleContext context) {
        JsonNode value = context.values().get(String.valueOf(field.id()));
        return fieldValues.display(context.orgId(), field, value, TEXT_LOCALE);
    }
}
