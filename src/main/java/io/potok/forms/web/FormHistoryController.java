package io.potok.forms.web;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;

import io.potok.forms.Form;
import io.potok.forms.FormHistoryEntry;
import io.potok.forms.Forms;
import io.potok.identity.CurrentMember;
import io.potok.identity.Member;
import io.potok.identity.Members;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.servlet.support.RequestContextUtils;

/**
 * The history of changes to a form: created, published, renamed, archived, restored, tasks moved and so on,
 * with who made each change and when. Only the form's administrators may open it.
 */
@Controller
class FormHistoryController {

    private final Forms forms;
    private final FormAdministration administration;
    private final Members members;
    private final MessageSource messages;

    FormHistoryController(Forms forms, FormAdministration administration, Members members, MessageSource messages) {
        this.forms = forms;
        this.administration = administration;
        this.members = members;
        this.messages = messages;
    }

    @GetMapping("/forms/{formId:\\d+}/history")
    String show(CurrentMember member, @PathVariable long formId, HttpServletRequest request, Model model) {
        Form form = administration.administeredForm(member, formId);
        List<FormHistoryEntry> history = forms.history(member.orgId(), formId);
        Map<Long, String> names = members.findAll(member.orgId(),
                        history.stream().map(FormHistoryEntry::memberId).filter(Objects::nonNull).distinct().toList())
                .values().stream().collect(Collectors.toMap(Member::id, Member::displayName));
        Locale locale = RequestContextUtils.getLocale(request);
        List<HistoryPage.Entry> entries = history.stream()
                .map(entry -> new HistoryPage.Entry(entry.action(), describe(entry, locale),
                        entry.memberId() == null ? "" : names.getOrDefault(entry.memberId(), ""), entry.at()))
                .toList();
        model.addAttribute("view", new HistoryPage(form, entries));
        return "forms/history";
    }

    /** Translates the entry; an action without a message, such as one a newer module records, shows as stored. */
    private String describe(FormHistoryEntry entry, Locale locale) {
        String fallback = entry.detail().isEmpty() ? entry.action() : entry.action() + ": " + entry.detail();
        return messages.getMessage("formHistory." + entry.action(), new Object[] {entry.detail()}, fallback, locale);
    }
}
