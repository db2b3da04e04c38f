package io.potok.automation.web;

import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

import io.potok.automation.internal.outbox.DeliveryLog;
import io.potok.automation.internal.outbox.DeliveryLog.Entry;
import io.potok.automation.internal.outbox.Outbox;
import io.potok.forms.Form;
import io.potok.forms.Forms;
import io.potok.identity.CurrentMember;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The delivery log for administrators: every outbox message of the organisation (webhooks, bot calls, email)
 * with its status, attempts and last response, one message's attempts, and "Redeliver".
 */
@Controller
class DeliveryLogController {

    static final String PATH = "/settings/deliveries";
    static final int PAGE_SIZE = 200;
    static final List<String> KINDS = List.of("webhook", "bot", "email");
    static final List<String> STATUSES = List.of("pending", "delivered", "failed");

    private static final Logger log = LoggerFactory.getLogger(DeliveryLogController.class);

    private final DeliveryLog deliveries;
    private final Outbox outbox;
    private final Forms forms;

    DeliveryLogController(DeliveryLog deliveries, Outbox outbox, Forms forms) {
        this.deliveries = deliveries;
        this.outbox = outbox;
        this.forms = forms;
    }

    @GetMapping(PATH)
    String list(CurrentMember member, @RequestParam(required = false) String kind,
                @RequestParam(required = false) String status, @RequestParam(required = false) Long formId,
                Model model) {
        requireAdmin(member);
        String kindFilter = kind != null && KINDS.contains(kind) ? kind : null;
        String statusFilter = status != null && STATUSES.contains(status) ? status : null;
        // Only webhook targets name their form, so the form filter shows the form's webhook deliveries.
        DeliveryLog.Filter filter = new DeliveryLog.Filter(formId == null ? kindFilter : "webhook", statusFilter,
                formId == null ? null : formId + "/");
        List<Entry> entries = deliveries.list(member.orgId(), filter, PAGE_SIZE);
        model.addAttribute("view", new DeliveryLogView(entries, formNames(member), kindFilter, statusFilter,
                formId, PAGE_SIZE));
        return "automation/deliveries";
    }

    @GetMapping(PATH + "/{deliveryId}")
    String show(CurrentMember member, @PathVariable UUID deliveryId, Model model) {
        requireAdmin(member);
        Entry entry = deliveries.find(member.orgId(), deliveryId).orElseThrow(() -> notFound(deliveryId));
        model.addAttribute("view", new DeliveryView(entry, deliveries.attempts(member.orgId(), deliveryId),
                formNames(member)));
        return "automation/delivery";
    }

    @PostMapping(PATH + "/{deliveryId}/redeliver")
    String redeliver(CurrentMember member, @PathVariable UUID deliveryId) {
        requireAdmin(member);
        Entry entry = deliveries.find(member.orgId(), deliveryId).orElseThrow(() -> notFound(deliveryId));
        outbox.redeliver(member.orgId(), entry.deliveryId());
        log.info("Member {} queued {} delivery {} again", member.memberId(), entry.kind(), deliveryId);
        return "redirect:" + PATH + "/" + deliveryId + "?requeued";
    }

    private Map<Long, String> formNames(CurrentMember member) {
        return forms.list(member.orgId()).stream()
                .sorted(Comparator.comparing(Form::name))
                .collect(Collectors.toMap(Form::id, Form::name, (first, second) -> first,
                        LinkedHashMap::new));
    }

    private static DeliveryNotFound notFound(UUID deliveryId) {
        return new DeliveryNotFound(deliveryId);
    }

    private static void requireAdmin(CurrentMember member) {
        if (!member.admin()) {
            throw new AutomationSettingsDenied();
        }
    }
}
