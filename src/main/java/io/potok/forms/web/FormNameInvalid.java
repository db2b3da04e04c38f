package io.potok.forms.web;

import io.potok.platform.PotokException;

/**
 * A form was created or renamed with a blank name or one longer than {@link FormAdminController#NAME_MAX_LENGTH}.
 */
class FormNameInvalid extends PotokException {

    FormNameInvalid(int maxLength) {
        super("form_name_invalid", 400, maxLength);
    }
}
