package io.potok.forms.web;

import io.potok.forms.AccessLevel;
import io.potok.forms.Form;
import io.potok.forms.FormAccessDenied;
import io.potok.forms.FormNotFound;
import io.potok.forms.Forms;
import io.potok.identity.CurrentMember;

/**
 * Decides who may change forms: organisation administrators create forms, and the form's administrators
 * (organisation administrators among them) rename, archive, restore and design it.
 */
final class DesignAccess {

    private DesignAccess() {
    }

    /**
     * Returns the form's current version, archived or not, when the member administers it.
     *
     * @throws FormNotFound when the organisation has no such form
     * @throws FormAccessDenied when the member is not an administrator of the form
     */
    static Form administered(Forms forms, CurrentMember member, long formId) {
        Form form = forms.find(member.orgId(), formId).orElseThrow(() -> new FormNotFound(formId));
        if (forms.accessLevel(member, formId) != AccessLevel.ADMIN) {
            throw new FormAccessDenied(form.name());
        }
        return form;
    }

    /**
     * @throws FormCreateDenied when the member is not an organisation administrator
     */
    static void requireOrganisationAdmin(CurrentMember member) {
        if (!member.admin()) {
            throw new FormCreateDenied();
        }
    }
}
