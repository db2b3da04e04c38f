package io.potok.forms;

import io.potok.platform.PotokException;

/**
 * The member's access level to a form is below what the action needs, such as opening the registry or
 * creating a task. The error code is the API's {@code access_denied_form}; the message names the form.
 */
public class FormAccessDenied extends PotokException {

    private final boolean creating;

    /**
     * @param form the form's name, or its id as text where the name is not at hand
     */
    public FormAccessDenied(String form) {
        this(form, false);
    }

    private FormAccessDenied(String form, boolean creating) {
        super("access_denied_form", 403, form);
        this.creating = creating;
    }

    /** Returns the failure of creating a task on the form; its message states that creating was rejected. */
    public static FormAccessDenied toCreateTasks(String formName) {
        return new FormAccessDenied(formName, true);
    }

    @Override
    public String messageKey() {
        return creating ? "error.access_denied_form.create" : "error.access_denied_form";
    }
}
