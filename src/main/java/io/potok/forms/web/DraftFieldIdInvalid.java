package io.potok.forms.web;

import io.potok.platform.PotokException;

/**
 * A saved draft has two fields with one id, or an id below 1.
 */
class DraftFieldIdInvalid extends PotokException {

    DraftFieldIdInvalid(int fieldId) {
        super("form_draft_field_id_invalid", 400, fieldId);
    }
}
