package io.potok.forms.web;

import io.potok.platform.PotokException;

/**
 * The draft was saved from another page or by another administrator after this page read it.
 */
class DraftChanged extends PotokException {

    DraftChanged(String formName) {
        super("form_draft_changed", 409, formName);
    }
}
