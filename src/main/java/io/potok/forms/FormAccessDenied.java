package io.potok.forms;

import io.potok.platform.PotokException;

/**
 * The member's access level to a form is below what the action needs, such as creating a task or opening
 * the registry.
 */
public class FormAccessDenied extends PotokException {

    public FormAccessDenied(String formName) {
        super("form_access_denied", 403, formName);
    }
}
