package io.potok.workflow.web;

import java.util.List;
import java.util.Locale;
import java.util.Map;

import io.potok.forms.Form;
import io.potok.forms.FormDefinition;
import io.potok.forms.FormDrafts;
import io.potok.forms.RouteDefinition;
import io.potok.identity.CurrentMember;
import io.potok.platform.PotokException;
import org.springframework.context.MessageSource;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseBody;

/**
 * The route designer: edits the route part of a form's draft and runs test mode on it. The page belongs to
 * workflow, which owns routes; forms owns the draft it saves into.
 */
@Controller
class RouteDesignerController {

    private final RouteDesignerAccess access;
    private final FormDrafts drafts;
    private final RouteDesignerPages pages;
    private final RouteTests routeTests;
    private final MessageSource messages;

    RouteDesignerController(RouteDesignerAccess access, FormDrafts drafts, RouteDesignerPages pages,
                            RouteTests routeTests, MessageSource messages) {
        this.access = access;
        this.drafts = drafts;
        this.pages = pages;
        this.routeTests = routeTests;
        this.messages = messages;
    }

    @GetMapping("/forms/{formId}/design/route")
    String show(CurrentMember member, @PathVariable long formId, Model model, Locale locale) {
        Form form = access.requireRouteAdmin(member, formId);

        model.addAttribute("designer", pages.build(member, form, locale));
        return "workflow/route";
    }

    /** Replaces the route of the form's draft; the draft's fields stay as they are. */
    @PostMapping("/forms/{formId}/design/route")
    @ResponseBody
    Map<String, Object> save(CurrentMember member, @PathVariable long formId, @RequestBody RouteDefinition route) {
        access.requireRouteAdmin(member, formId);
        FormDefinition draft = drafts.draftOrCurrent(member.orgId(), formId);

        drafts.save(member.orgId(), formId, draft.withRoute(RouteNumbering.normalized(route)),
                member.memberId());
        return Map.of("saved", true);
    }

    /** Shows which steps a task with the sample values would take on the posted route, storing nothing. */
    @PostMapping("/forms/{formId}/design/route/test")
    @ResponseBody
    ResponseEntity<Object> test(CurrentMember member, @PathVariable long formId, @RequestBody RouteTestRequest request,
                                Locale locale) {
        Form form = access.requireRouteAdmin(member, formId);
        try {
            List<RouteTestResult.StepLine> steps = routeTests.run(member, form, request, locale);
            return ResponseEntity.ok(new RouteTestResult(steps));
        } catch (PotokException rejected) {
            String message = messages.getMessage(rejected.messageKey(), rejected.arguments(), rejected.code(), locale);
            return ResponseEntity.status(rejected.status()).body(Map.of("error", message));
        }
    }
}
