package io.potok.tasks;

import io.potok.platform.PotokException;

/**
 * The member may not create tasks on the form.
 */
public class FormAccessDenied extends PotokException {

    public FormAccessDenied(String formName) {
        super("access_denied_form", 403, formName);
    }
}
