package io.potok.forms.web;

import io.potok.forms.AccessLevel;
import io.potok.forms.Form;
import io.potok.forms.FormAccessDenied;
import io.potok.forms.FormNotFound;
import io.potok.forms.Forms;
import io.potok.identity.CurrentMember;
import org.springframework.stereotype.Component;

/**
 * Loads a form for the pages that configure it, which only organisation administrators and the form's
 * administrators may open.
 */
@Component
class FormAdministration {

    private final Forms forms;

    FormAdministration(Forms forms) {
        this.forms = forms;
    }

    /**
     * Returns the form's current version.
     *
     * @throws FormNotFound when the organisation has no such form
     * @throws FormAccessDenied when the member does not administer the form
     */
    Form administeredForm(CurrentMember member, long formId) {
        Form form = forms.find(member.orgId(), formId).orElseThrow(() -> new FormNotFound(formId));
        if (forms.accessLevel(member, formId) != AccessLevel.ADMIN) {
            throw new FormAccessDenied(form.name());
        }
        return form;
    }
}
