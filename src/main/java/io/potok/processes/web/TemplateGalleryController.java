package io.potok.processes.web;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import io.potok.forms.Form;
import io.potok.forms.Forms;
import io.potok.identity.CurrentMember;
import io.potok.processes.ProcessAccessDenied;
import io.potok.processes.ProcessTemplates;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;

/**
 * The template gallery: every shipped process with its description, installable in one click by an
 * organisation administrator.
 */
@Controller
class TemplateGalleryController {

    private final ProcessTemplates templates;
    private final Forms forms;

    TemplateGalleryController(ProcessTemplates templates, Forms forms) {
        this.templates = templates;
        this.forms = forms;
    }

    @GetMapping("/processes/templates")
    String gallery(CurrentMember member, Model model) {
        requireAdmin(member);
        Set<String> formNames = forms.list(member.orgId()).stream()
                .filter(form -> !form.archived())
                .map(Form::name)
                .collect(Collectors.toSet());
        List<TemplateEntry> entries = templates.list().stream()
                .map(template -> new TemplateEntry(template, formNames.contains(template.document().name()),
                        template.requires().stream().map(key -> templates.get(key).titleKey()).toList()))
                .toList();
        model.addAttribute("templates", entries);
        return "processes/templates";
    }

    @PostMapping("/processes/templates/{key}/install")
    String install(CurrentMember member, @PathVariable String key) {
        Form form = templates.install(member, key);
        return "redirect:/forms?imported=" + form.id();
    }

    private static void requireAdmin(CurrentMember member) {
        if (!member.admin()) {
            throw ProcessAccessDenied.toImport();
        }
    }
}
