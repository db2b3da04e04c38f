package io.potok.api.internal;

import io.potok.forms.AccessLevel;
import io.potok.forms.Form;
import io.potok.forms.FormNotFound;
import io.potok.forms.FormAccessDenied;
import io.potok.forms.Forms;
import io.potok.identity.CurrentMember;
import org.springframework.stereotype.Component;

/**
 * Loads a form for an API call and checks that the caller may use it.
 */
@Component
class FormAccess {

    private final Forms forms;

    FormAccess(Forms forms) {
        this.forms = forms;
    }

    /**
     * Returns the current version of the form when the caller has at least member access to it.
     *
     * @throws FormNotFound when the form is not in the caller's organisation
     * @throws FormAccessDenied when the caller has no access to it
     */
    Form usable(CurrentMember caller, long formId) {
        Form form = forms.find(caller.orgId(), formId).orElseThrow(() -> new FormNotFound(formId));
        if (!forms.accessLevel(caller, formId).atLeast(AccessLevel.MEMBER)) {
            // the id as text, so that MessageFormat prints it without digit grouping
            throw new FormAccessDenied(String.valueOf(formId));
        }
        return form;
    }
}
