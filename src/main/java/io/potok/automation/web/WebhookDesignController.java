package io.potok.automation.web;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import io.potok.automation.internal.outbox.OutboundAddresses;
import io.potok.automation.internal.outbox.OutboundHostUnknown;
import io.potok.automation.internal.webhooks.WebhookSecrets;
import io.potok.forms.AccessLevel;
import io.potok.forms.Form;
import io.potok.forms.FormAccessDenied;
import io.potok.forms.FormDefinition;
import io.potok.forms.FormDrafts;
import io.potok.forms.FormNotFound;
import io.potok.forms.Forms;
import io.potok.forms.WebhookSubscription;
import io.potok.forms.WebhookSubscription.Event;
import io.potok.identity.CurrentMember;
import io.potok.platform.PotokException;
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

/**
 * The webhooks page of the form designer. Adding, editing and removing a subscription changes the form's draft,
 * which takes effect when the form is published. Regenerating a secret takes effect at once, because the secret
 * lives outside the definition.
 */
@Controller
class WebhookDesignController {

    private static final Logger log = LoggerFactory.getLogger(WebhookDesignController.class);

    private final Forms forms;
    private final FormDrafts drafts;
    private final WebhookSecrets secrets;
    private final OutboundAddresses addresses;
    private final MessageSource messages;

    WebhookDesignController(Forms forms, FormDrafts drafts, WebhookSecrets secrets, OutboundAddresses addresses,
                            MessageSource messages) {
        this.forms = forms;
        this.drafts = drafts;
        this.secrets = secrets;
        this.addresses = addresses;
        this.messages = messages;
    }

    @GetMapping("/forms/{formId}/design/webhooks")
    String page(CurrentMember member, @PathVariable long formId, Model model) {
        Form form = administered(member, formId);
        return render(member, form, model, null, WebhookInput.EMPTY);
    }

    @PostMapping("/forms/{formId}/design/webhooks")
    String add(CurrentMember member, @PathVariable long formId, @RequestParam(defaultValue = "") String name,
               @RequestParam(defaultValue = "") String url, @RequestParam(required = false) List<String> events,
               @RequestParam(defaultValue = "false") boolean enabled, Model model, HttpServletResponse response) {
        Form form = administered(member, formId);
        WebhookInput submitted = new WebhookInput(name.trim(), url.trim(), events(events), enabled);
        String error = problem(member, submitted);
        if (error != null) {
            response.setStatus(422);
            return render(member, form, model, error, submitted);
        }

        String webhookId = "wh-" + UUID.randomUUID().toString().substring(0, 8);
        List<WebhookSubscription> webhooks = new ArrayList<>(definition(member, formId).automation().webhooks());
        webhooks.add(submitted.toSubscription(webhookId));
        saveDraft(member, formId, webhooks);
        secrets.secret(member.orgId(), formId, webhookId);
        log.info("Member {} added webhook {} to the draft of form {}", member.memberId(), webhookId, formId);
        return redirect(formId, "added");
    }

    @PostMapping("/forms/{formId}/design/webhooks/{webhookId}")
    String save(CurrentMember member, @PathVariable long formId, @PathVariable String webhookId,
                @RequestParam(defaultValue = "") String name, @RequestParam(defaultValue = "") String url,
                @RequestParam(required = false) List<String> events,
                @RequestParam(defaultValue = "false") boolean enabled, Model model, HttpServletResponse response) {
        Form form = administered(member, formId);
        WebhookInput submitted = new WebhookInput(name.trim(), url.trim(), events(events), enabled);
        String error = problem(member, submitted);
        if (error != null) {
            response.setStatus(422);
            return render(member, form, model, error, WebhookInput.EMPTY);
        }

        List<WebhookSubscription> webhooks = definition(member, formId).automation().webhooks().stream()
                .map(webhook -> webhook.id().equals(webhookId) ? submitted.toSubscription(webhookId) : webhook)
                .toList();
        saveDraft(member, formId, webhooks);
        return redirect(formId, "saved");
    }

    @PostMapping("/forms/{formId}/design/webhooks/{webhookId}/remove")
    String remove(CurrentMember member, @PathVariable long formId, @PathVariable String webhookId) {
        administered(member, formId);
        List<WebhookSubscription> webhooks = definition(member, formId).automation().webhooks().stream()
                .filter(webhook -> !webhook.id().equals(webhookId))
                .toList();
        saveDraft(member, formId, webhooks);
        return redirect(formId, "removed");
    }

    @PostMapping("/forms/{formId}/design/webhooks/{webhookId}/secret")
    String regenerateSecret(CurrentMember member, @PathVariable long formId, @PathVariable String webhookId) {
        administered(member, formId);
        secrets.regenerate(member.orgId(), formId, webhookId);
        log.info("Member {} regenerated the secret of webhook {} of form {}", member.memberId(), webhookId, formId);
        return redirect(formId, "regenerated");
    }

    private String render(CurrentMember member, Form form, Model model, String error, WebhookInput submitted) {
        List<WebhookDesignView.Row> rows = definition(member, form.id()).automation().webhooks().stream()
                .map(webhook -> new WebhookDesignView.Row(webhook,
                        secrets.secret(member.orgId(), form.id(), webhook.id())))
                .toList();
        boolean hasDraft = drafts.find(member.orgId(), form.id()).isPresent();
        model.addAttribute("view", new WebhookDesignView(form, hasDraft, rows, List.of(Event.values()), error,
                submitted));
        return "automation/webhooks";
    }

    /** Returns the translated reason the subscription cannot be saved, or null when it can. */
    private String problem(CurrentMember member, WebhookInput submitted) {
        if (submitted.name().isEmpty()) {
            return messages.getMessage("webhooks.nameMissing", null, member.locale());
        }
        try {
            addresses.check(submitted.url());
        } catch (OutboundHostUnknown unknown) {
            // NOTE: accepted like at publish, because DNS may be missing only for the moment.
            return null;
        } catch (PotokException rejected) {
            return messages.getMessage(rejected.messageKey(), rejected.arguments(), rejected.code(), member.locale());
        }
        return null;
    }

    private static List<Event> events(List<String> wireNames) {
        if (wireNames == null) {
            return List.of();
        }
        return wireNames.stream().filter(WebhookDesignController::isEvent).map(Event::fromWireName).toList();
    }

    private static boolean isEvent(String wireName) {
        for (Event event : Event.values()) {
            if (event.wireName().equals(wireName)) {
                return true;
            }
        }
        return false;
    }

    private FormDefinition definition(CurrentMember member, long formId) {
        return drafts.draftOrCurrent(member.orgId(), formId);
    }

    private void saveDraft(CurrentMember member, long formId, List<WebhookSubscription> webhooks) {
        FormDefinition definition = definition(member, formId);
        FormDefinition changed = definition.withAutomation(definition.automation().withWebhooks(webhooks));
        drafts.save(member.orgId(), formId, changed, member.memberId());
    }

    private Form administered(CurrentMember member, long formId) {
        Form form = forms.find(member.orgId(), formId).orElseThrow(() -> new FormNotFound(formId));
        if (forms.accessLevel(member, formId) != AccessLevel.ADMIN) {
            throw new FormAccessDenied(form.name());
        }
        return form;
    }

    private static String redirect(long formId, String outcome) {
        return "redirect:/forms/" + formId + "/design/webhooks?" + outcome;
    }
}
