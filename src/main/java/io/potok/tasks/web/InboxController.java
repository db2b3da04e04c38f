package io.potok.tasks.web;

import java.time.Clock;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import io.potok.forms.Form;
import io.potok.forms.Forms;
import io.potok.identity.CurrentMember;
import io.potok.tasks.Inbox;
import io.potok.tasks.Inbox.InboxItem;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The tasks waiting for the signed-in member, newest activity first.
 */
@Controller
class InboxController {

    static final int INBOX_SIZE = 200;

    private final Inbox inbox;
    private final Forms forms;
    private final Clock clock;

    InboxController(Inbox inbox, Forms forms, Clock clock) {
        this.inbox = inbox;
        this.forms = forms;
        this.clock = clock;
    }

    @GetMapping("/inbox")
    String show(CurrentMember member, Model model) {
        Map<Long, Optional<Form>> formsById = new HashMap<>();
        Instant now = clock.instant();
        List<InboxEntry> entries = inbox.of(member, INBOX_SIZE).stream()
                .map(item -> entry(item, item.formId() == null ? Optional.empty()
                        : formsById.computeIfAbsent(item.formId(), id -> forms.find(member.orgId(), id)),
                        item.overdueAt(now, member.zone())))
                .toList();
        model.addAttribute("entries", entries);
        return "tasks/inbox";
    }

    private static InboxEntry entry(InboxItem item, Optional<Form> form, boolean overdue) {
        String stepName = form.flatMap(found -> item.currentStep() == null ? Optional.empty()
                        : found.definition().route().step(item.currentStep()))
                .map(step -> step.name())
                .orElse("");
        return new InboxEntry(item, form.map(Form::name).orElse(""), stepName, overdue);
    }
}
