package io.potok.forms;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Decides which fields of a task are hidden by its values. A field is hidden while its
 * {@link FieldDefinition#visibleWhen()} condition does not hold, while it sits under a multiple_choice option
 * that is not chosen, or while the section, table or choice field that contains it is hidden.
 *
 * <p>Fields are decided in form order, and a condition reads the value of an already hidden field as empty,
 * so a chain of conditions collapses when its first field is hidden. A hidden field keeps its stored value;
 * it is not shown and never required.
 */
public final class FieldVisibility {

    private FieldVisibility() {
    }

    /** Returns the ids of the hidden fields, nested ones included. */
    public static Set<Integer> hidden(FormDefinition form, ObjectNode values) {
        Pass pass = new Pass(form, values.deepCopy(), new HashSet<>());
        pass.visit(form.fields(), false);
        return pass.hidden();
    }

    private record Pass(FormDefinition form, ObjectNode seen, Set<Integer> hidden) {

        void visit(List<FieldDefinition> fields, boolean parentHidden) {
            for (FieldDefinition field : fields) {
                boolean isHidden = parentHidden || !ConditionEvaluator.holds(field.visibleWhen(), form, seen);
                if (isHidden) {
                    hidden.add(field.id());
                    seen.remove(String.valueOf(field.id()));
                }
                visit(field.fields(), isHidden);
                for (FieldSettings.ChoiceOption option : field.info().options()) {
                    visit(option.fields(), isHidden || !chosen(field, option));
                }
            }
        }

        private boolean chosen(FieldDefinition field, FieldSettings.ChoiceOption option) {
            JsonNode ids = seen.path(String.valueOf(field.id())).path("choice_ids");
            for (JsonNode id : ids) {
                if (id.asInt() == option.id()) {
                    return true;
                }
            }
            return false;
        }
    }
}
