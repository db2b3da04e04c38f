package io.potok.forms;

import io.potok.platform.PotokException;

/**
 * The form exists but has no version with this number.
 */
public class FormVersionNotFound extends PotokException {

    public FormVersionNotFound(String formName, int version) {
        super("form_version_not_found", 404, formName, String.valueOf(version));
    }
}
