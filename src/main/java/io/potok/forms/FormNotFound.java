package io.potok.forms;

import io.potok.platform.PotokException;

/**
 * No form with this id exists in the caller's organisation.
 */
public class FormNotFound extends PotokException {

    public FormNotFound(long formId) {
        super("form_not_found", 404, formId);
    }
}
