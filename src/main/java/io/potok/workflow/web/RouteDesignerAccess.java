package io.potok.workflow.web;

import io.potok.forms.AccessLevel;
import io.potok.forms.Form;
import io.potok.forms.FormAccessDenied;
import io.potok.forms.FormNotFound;
import io.potok.forms.Forms;
import io.potok.identity.CurrentMember;
import org.springframework.stereotype.Component;

/**
 * Lets only organisation administrators and the form's administrators edit a route.
 */
@Component
class RouteDesignerAccess {

    private final Forms forms;

    RouteDesignerAccess(Forms forms) {
        this.forms = forms;
    }

    /**
     * Returns the form's current version when the member may edit its route.
     *
     * @throws FormNotFound when the organisation has no such form
     * @throws FormAccessDenied when the member administers neither the organisation nor the form
     */
    Form requireRouteAdmin(CurrentMember member, long formId) {
        Form form = forms.find(member.orgId(), formId).orElseThrow(() -> new FormNotFound(formId));
        if (!member.admin() && forms.accessLevel(member, formId) != AccessLevel.ADMIN) {
            throw new FormAccessDenied(form.name());
        }
        return form;
    }
}
