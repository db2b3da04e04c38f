package io.potok.tasks;

import io.potok.platform.PotokException;

/**
 * The member may not create tasks on the form. The error code is the API's {@code access_denied_form}; the
 * message {@code error.access_denied_form.create} says that creating was refused and names the form.
 */
public class FormAccessDenied extends PotokException {

    public FormAccessDenied(String formName) {
        super("access_denied_form", 403, formName);
    }

    @Override
    public String messageKey() {
        return "error.access_denied_form.create";
    }
}
