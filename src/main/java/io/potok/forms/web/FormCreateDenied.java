package io.potok.forms.web;

import io.potok.platform.PotokException;

/**
 * A member who is not an organisation administrator tried to create a form.
 */
class FormCreateDenied extends PotokException {

    FormCreateDenied() {
        super("form_create_denied", 403);
    }
}
