package io.potok.forms.web;

import java.util.Comparator;
import java.util.List;

import io.potok.forms.AccessLevel;
import io.potok.forms.Form;
import io.potok.forms.Forms;
import io.potok.identity.CurrentMember;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The list of forms the signed-in member may use, each with links to a new task and to its registry, and
 * for administrators the actions that create, rename, archive, restore and design forms.
 */
@Controller
class FormsPageController {

    private final Forms forms;

    FormsPageController(Forms forms) {
        this.forms = forms;
    }

    @GetMapping("/forms")
    String list(CurrentMember member, Model model) {
        List<FormEntry> entries = forms.list(member.orgId()).stream()
                .map(form -> entry(member, form))
                .filter(entry -> entry.level().atLeast(AccessLevel.MEMBER))
                .sorted(Comparator.comparing(FormEntry::name, String.CASE_INSENSITIVE_ORDER))
                .toList();

        model.addAttribute("forms", entries.stream().filter(entry -> !entry.archived()).toList());
        model.addAttribute("archived", entries.stream().filter(FormEntry::archived)
                .filter(FormEntry::administers).toList());
        model.addAttribute("canCreate", member.admin());
        return "forms/list";
    }

    private FormEntry entry(CurrentMember member, Form form) {
        return new FormEntry(form.id(), form.name(), forms.accessLevel(member, form.id()), form.archived());
    }
}
