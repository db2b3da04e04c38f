package io.potok.automation.web;

import io.potok.forms.AccessLevel;
import io.potok.forms.Form;
import io.potok.forms.FormAccessDenied;
import io.potok.forms.FormNotFound;
import io.potok.forms.Forms;
import io.potok.identity.CurrentMember;
import org.springframework.stereotype.Component;

/**
 * Lets organisation administrators and the form's administrators, who may design the form, edit its rules
 * and read their run logs.
 */
@Component
class RuleEditorAccess {

    private final Forms forms;

    RuleEditorAccess(Forms forms) {
        this.forms = forms;
    }

    /**
     * Returns the form's current version when the member may edit its rules.
     *
     * @throws FormNotFound when the organisation has no such form
     * @throws FormAccessDenied when the member administers neither the organisation nor the form
     */
    Form requireRuleAdmin(CurrentMember member, long formId) {
        Form form = forms.find(member.orgId(), formId).orElseThrow(() -> new FormNotFound(formId));
        if (!member.admin() && forms.accessLevel(member, formId) != AccessLevel.ADMIN) {
            throw new FormAccessDenied(form.name());
        }
        return form;
    }
}
