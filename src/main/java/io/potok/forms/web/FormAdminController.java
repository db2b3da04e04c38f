package io.potok.forms.web;

import java.util.List;

import io.potok.forms.Form;
import io.potok.forms.FormDefinition;
import io.potok.forms.Forms;
import io.potok.forms.RouteDefinition;
import io.potok.identity.CurrentMember;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The forms list's actions: create a form, rename, archive and restore it. Each change is written to the
 * form's history by {@link Forms}.
 */
@Controller
class FormAdminController {

    /** The maximum length of a form name, so that lists and page titles stay readable. */
    static final int NAME_MAX_LENGTH = 200;

    private final Forms forms;

    FormAdminController(Forms forms) {
        this.forms = forms;
    }

    @PostMapping("/forms")
    String create(CurrentMember member, @RequestParam(name = "name", defaultValue = "") String name) {
        DesignAccess.requireOrganisationAdmin(member);

        FormDefinition empty = new FormDefinition(List.of(), RouteDefinition.NONE);
        Form created = forms.create(member.orgId(), checkedName(name), empty, member.memberId());
        return "redirect:/forms/" + created.id() + "/design";
    }

    @PostMapping("/forms/{formId}/rename")
    String rename(CurrentMember member, @PathVariable long formId,
                  @RequestParam(name = "name", defaultValue = "") String name) {
        DesignAccess.administered(forms, member, formId);

        forms.rename(member.orgId(), formId, checkedName(name), member.memberId());
        return "redirect:/forms";
    }

    @PostMapping("/forms/{formId}/archive")
    String archive(CurrentMember member, @PathVariable long formId) {
        DesignAccess.administered(forms, member, formId);

        forms.archive(member.orgId(), formId, member.memberId());
        return "redirect:/forms";
    }

    @PostMapping("/forms/{formId}/restore")
    String restore(CurrentMember member, @PathVariable long formId) {
        DesignAccess.administered(forms, member, formId);

        forms.restore(member.orgId(), formId, member.memberId());
        return "redirect:/forms";
    }

    private static String checkedName(String name) {
        String trimmed = name.strip();
        if (trimmed.isEmpty() || trimmed.length() > NAME_MAX_LENGTH) {
            throw new FormNameInvalid(NAME_MAX_LENGTH);
        }
        return trimmed;
    }
}
