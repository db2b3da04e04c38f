package io.potok.tasks;

import io.potok.platform.PotokException;

/**
 * No form with the id exists in the organisation, or it is archived and takes no new tasks.
 */
public class FormNotAvailable extends PotokException {

    public FormNotAvailable(long formId) {
        super("form_not_found", 404, formId);
    }
}
