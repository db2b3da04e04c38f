package io.potok.tasks.web;

import io.potok.forms.AccessLevel;
import io.potok.forms.Form;
import io.potok.forms.FormAccessDenied;
import io.potok.forms.FormNotFound;
import io.potok.forms.Forms;
import io.potok.identity.CurrentMember;

/**
 * Loads a form for a page and checks that the member's access to it is high enough.
 */
final class FormAccess {

    private FormAccess() {
    }

    /**
     * Returns the current version of a form that is not archived.
     *
     * @throws FormNotFound when the organisation has no such form or it is archived
     * @throws FormAccessDenied when the member's level is below {@code needed}
     */
    static Form usable(Forms forms, CurrentMember member, long formId, AccessLevel needed) {
        Form form = forms.find(member.orgId(), formId)
                .filter(found -> !found.archived())
                .orElseThrow(() -> new FormNotFound(formId));
        if (!forms.accessLevel(member, formId).atLeast(needed)) {
            throw new FormAccessDenied(form.name());
        }
        return form;
    }
}
