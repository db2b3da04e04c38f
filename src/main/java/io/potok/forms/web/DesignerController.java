package io.potok.forms.web;

import java.util.List;
import java.util.Locale;

import io.potok.catalogs.Catalogs;
import io.potok.forms.DefinitionProblem;
import io.potok.forms.Form;
import io.potok.forms.FormDefinitionInvalid;
import io.potok.forms.FormDrafts;
import io.potok.forms.Forms;
import io.potok.forms.web.DesignerPage.Choice;
import io.potok.identity.CurrentMember;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.support.RequestContextUtils;

/**
 * The form designer page, and its publish and discard actions. The page edits the server-side draft
 * through {@link DraftController}. Tasks see nothing of it until it is published.
 */
@Controller
class DesignerController {

    private static final Logger log = LoggerFactory.getLogger(DesignerController.class);

    private final Forms forms;
    private final FormDrafts drafts;
    private final DraftStates states;
    private final Catalogs catalogs;
    private final MessageSource messages;

    DesignerController(Forms forms, FormDrafts drafts, DraftStates states, Catalogs catalogs,
                       MessageSource messages) {
        this.forms = forms;
        this.drafts = drafts;
        this.states = states;
        this.catalogs = catalogs;
        this.messages = messages;
    }

    @GetMapping("/forms/{formId}/design")
    String show(CurrentMember member, @PathVariable long formId,
                @RequestParam(name = "published", required = false) Integer published, Model model) {
        Form form = DesignAccess.administered(forms, member, formId);
        model.addAttribute("view", page(member, form, published, List.of()));
        return "forms/design";
    }

    @PostMapping("/forms/{formId}/design/publish")
    String publish(CurrentMember member, @PathVariable long formId, HttpServletRequest request,
                   HttpServletResponse response, Model model) {
        Form form = DesignAccess.administered(forms, member, formId);
        try {
            Form published = drafts.publish(member.orgId(), formId, member.memberId());
            log.info("Form {} published as version {} from the designer by member {}", formId,
                    published.version(), member.memberId());
            return "redirect:/forms/" + formId + "/design?published=" + published.version();
        } catch (FormDefinitionInvalid rejected) {
            log.info("Form {} was not published by member {}: {} problems, the first {}", formId,
                    member.memberId(), rejected.problems().size(), rejected.problems().get(0).code());
            response.setStatus(422);
            List<String> problems = translate(rejected.problems(), RequestContextUtils.getLocale(request));
            model.addAttribute("view", page(member, form, null, problems));
            return "forms/design";
        }
    }

    @PostMapping("/forms/{formId}/design/discard")
    String discard(CurrentMember member, @PathVariable long formId) {
        DesignAccess.administered(forms, member, formId);

        drafts.discard(member.orgId(), formId);
        return "redirect:/forms/" + formId + "/design";
    }

    private DesignerPage page(CurrentMember member, Form form, Integer published, List<String> problems) {
        List<Choice> catalogChoices = catalogs.list(member.orgId()).stream()
                .filter(catalog -> !catalog.archived())
                .map(catalog -> new Choice(catalog.id(), catalog.name()))
                .toList();
        List<Choice> formChoices = forms.list(member.orgId()).stream()
                .filter(other -> !other.archived())
                .map(other -> new Choice(other.id(), other.name()))
                .toList();
        return new DesignerPage(form, states.of(member, form), catalogChoices, formChoices, published, problems);
    }

    /** Resolves each problem's message; a problem without one shows its code and arguments rather than nothing. */
    private List<String> translate(List<DefinitionProblem> problems, Locale locale) {
        return problems.stream()
                .map(problem -> messages.getMessage(problem.messageKey(), problem.arguments().toArray(),
                        problem.code() + " " + problem.arguments(), locale))
                .toList();
    }
}
