package io.potok.automation.web;

import java.util.List;
import java.util.Locale;
import java.util.Map;

import io.potok.forms.AutomationDefinition;
import io.potok.forms.DefinitionProblem;
import io.potok.forms.Form;
import io.potok.forms.FormDefinition;
import io.potok.forms.FormDefinitionInvalid;
import io.potok.forms.FormDrafts;
import io.potok.forms.RuleDefinition;
import io.potok.identity.CurrentMember;
import jakarta.servlet.http.HttpServletResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;

/**
 * The rules page of a form: edits the rules of the form's draft, as the field and route designers edit
 * theirs, and publishes the draft. Every check of the definition runs on publish.
 */
@Controller
class RuleEditorController {

    private static final Logger log = LoggerFactory.getLogger(RuleEditorController.class);

    private final RuleEditorAccess access;
    private final FormDrafts drafts;
    private final RuleEditorData data;
    private final MessageSource messages;

    RuleEditorController(RuleEditorAccess access, FormDrafts drafts, RuleEditorData data, MessageSource messages) {
        this.access = access;
        this.drafts = drafts;
        this.data = data;
        this.messages = messages;
    }

    @GetMapping("/forms/{formId}/design/rules")
    String show(CurrentMember member, @PathVariable long formId,
                @RequestParam(required = false) Integer published, Model model, Locale locale) {
        Form form = access.requireRuleAdmin(member, formId);

        model.addAttribute("editor", page(member, form, published, List.of(), locale));
        return "automation/rules";
    }

    /** Replaces the rules of the form's draft; its fields, route, schedules and webhooks stay as they are. */
    @PostMapping("/forms/{formId}/design/rules")
    @ResponseBody
    Map<String, Object> save(CurrentMember member, @PathVariable long formId, @RequestBody List<RuleDefinition> rules) {
        access.requireRuleAdmin(member, formId);
        FormDefinition draft = drafts.draftOrCurrent(member.orgId(), formId);
        AutomationDefinition automation = draft.automation().withRules(rules);

        drafts.save(member.orgId(), formId, draft.withAutomation(automation), member.memberId());
        return Map.of("saved", true);
    }

    @PostMapping("/forms/{formId}/design/rules/publish")
    String publish(CurrentMember member, @PathVariable long formId, HttpServletResponse response, Model model,
                   Locale locale) {
        Form form = access.requireRuleAdmin(member, formId);
        try {
            Form published = drafts.publish(member.orgId(), formId, member.memberId());
            log.info("Form {} published as version {} from the rules page by member {}", formId,
                    published.version(), member.memberId());
            return "redirect:/forms/" + formId + "/design/rules?published=" + published.version();
        } catch (FormDefinitionInvalid rejected) {
            log.info("Form {} was not published from the rules page by member {}: {} problems, the first {}",
                    formId, member.memberId(), rejected.problems().size(), rejected.problems().get(0).code());
            response.setStatus(422);
            model.addAttribute("editor", page(member, form, null, translate(rejected.problems(), locale), locale));
            return "automation/rules";
        }
    }

    private RuleEditorPage page(CurrentMember member, Form form, Integer published, List<String> problems,
                                Locale locale) {
        FormDefinition draft = drafts.draftOrCurrent(member.orgId(), form.id());
        return new RuleEditorPage(form.id(), form.name(), form.version(), data.build(member.orgId(), draft, locale),
                published, problems);
    }

    /** Resolves each problem's message; a problem without one shows its code and arguments rather than nothing. */
    private List<String> translate(List<DefinitionProblem> problems, Locale locale) {
        return problems.stream()
                .map(problem -> messages.getMessage(problem.messageKey(), problem.arguments().toArray(),
                        problem.code() + " " + problem.arguments(), locale))
                .toList();
    }
}
