package io.potok.forms;

import io.potok.platform.PotokException;

/**
 * The member's access level to a form is below what the action needs, such as opening the registry. The
 * error code is the API's {@code access_denied_form}.
 */
public class FormAccessDenied extends PotokException {

    public FormAccessDenied(String formName) {
        super("access_denied_form", 403, formName);
    }
}
