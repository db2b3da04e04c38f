package io.potok.workflow;

import io.potok.forms.Form;
import tools.jackson.databind.node.ObjectNode;

/**
 * The inputs of a route decision: the task's form version, its field values and its author.
 *
 * @param form the form version the task follows
 * @param values the task's field values in the canonical shape of {@link io.potok.forms.FieldValues}
 * @param authorId the member who created the task
 */
public record RouteContext(Form form, ObjectNode values, long authorId) {

    public long orgId() {
        return form.orgId();
    }
}
