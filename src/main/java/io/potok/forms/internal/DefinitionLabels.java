package io.potok.forms.internal;

import io.potok.forms.FieldDefinition;
import io.potok.forms.RouteDefinition.Step;

/**
 * Names fields and steps in the messages of definition problems.
 */
final class DefinitionLabels {

    private DefinitionLabels() {
    }

    /** Returns the field's name, or its id after a number sign when the name is empty. */
    static String field(FieldDefinition field) {
        if (field.name() == null || field.name().isBlank()) {
            return "#" + field.id();
        }
        return field.name();
    }

    /** Returns the step's name, or an empty string; messages show the step number next to it. */
    static String step(Step step) {
        return step.name() == null ? "" : step.name();
    }
}
