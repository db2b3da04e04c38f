package io.potok.tasks.web;

import java.util.Set;

import io.potok.forms.FieldDefinition;

/**
 * What decides how a task form shows each field besides its value: the task's step, whether it is closed,
 * and which fields its values hide.
 *
 * @param step the task's step, 0 while it is created
 * @param existing whether the task exists; fields are read-only from a step only on an existing task
 * @param closed whether the task is closed, which makes every field with a read-only step read-only
 * @param hidden the ids of hidden fields (see {@link io.potok.forms.FieldVisibility})
 */
record FieldStates(int step, boolean existing, boolean closed, Set<Integer> hidden) {

    static final FieldStates NEW_TASK = new FieldStates(0, false, false, Set.of());

    FieldStates {
        hidden = Set.copyOf(hidden);
    }

    static FieldStates newTask(Set<Integer> hidden) {
        return new FieldStates(0, false, false, hidden);
    }

    boolean isHidden(FieldDefinition field) {
        return hidden.contains(field.id());
    }

    /** Tells whether the field is read-only at the task's step, as the tasks module enforces on save. */
    boolean isLocked(FieldDefinition field) {
        Integer lockedFrom = field.immutableStep();
        return existing && lockedFrom != null && (closed || step >= lockedFrom);
    }
}
