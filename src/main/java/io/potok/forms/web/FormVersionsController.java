package io.potok.forms.web;

import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

import io.potok.forms.Form;
import io.potok.forms.FormComparison;
import io.potok.forms.FormDefinitionInvalid;
import io.potok.forms.FormVersionInfo;
import io.potok.forms.FormVersionNotFound;
import io.potok.forms.Forms;
import io.potok.identity.CurrentMember;
import io.potok.identity.Member;
import io.potok.identity.Members;
import io.potok.identity.Role;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.support.RequestContextUtils;

/**
 * A form's versions: the list with who published each one and when, a side-by-side comparison of any two,
 * and publishing an earlier version again as the next one. Only the form's administrators may open them.
 */
@Controller
class FormVersionsController {

    private static final Logger log = LoggerFactory.getLogger(FormVersionsController.class);

    private final Forms forms;
    private final FormAdministration administration;
    private final Members members;
    private final MessageSource messages;
    private final TransactionTemplate transactions;

    FormVersionsController(Forms forms, FormAdministration administration, Members members, MessageSource messages,
                           TransactionTemplate transactions) {
        this.forms = forms;
        this.administration = administration;
        this.members = members;
        this.messages = messages;
        this.transactions = transactions;
    }

    @GetMapping("/forms/{formId:\\d+}/versions")
    String list(CurrentMember member, @PathVariable long formId, @RequestParam(required = false) Integer restored,
                Model model) {
        Form form = administration.administeredForm(member, formId);
        List<FormVersionInfo> versions = forms.versions(member.orgId(), formId);
        Map<Long, String> names = memberNames(member.orgId(),
                versions.stream().map(FormVersionInfo::publishedBy).filter(java.util.Objects::nonNull).toList());
        List<VersionsPage.Row> rows = versions.stream()
                .map(info -> new VersionsPage.Row(info.version(), names.getOrDefault(info.publishedBy(), ""),
                        info.publishedAt(), info.version() == form.version()))
                .toList();
        model.addAttribute("view", new VersionsPage(form, rows, restored));
        return "forms/versions";
    }

    @GetMapping("/forms/{formId:\\d+}/versions/compare")
    String compare(CurrentMember member, @PathVariable long formId, @RequestParam int from, @RequestParam int to,
                   HttpServletRequest request, Model model) {
        Form form = administration.administeredForm(member, formId);
        Form earlier = version(member, form, from);
        Form later = version(member, form, to);
        ComparisonRows rows = rows(member, earlier, later, RequestContextUtils.getLocale(request));
        FormComparison comparison = FormComparison.compare(earlier.definition(), later.definition());
        List<Integer> numbers = forms.versions(member.orgId(), formId).stream().map(FormVersionInfo::version).toList();
        model.addAttribute("view", new ComparisonPage(form, numbers, from, to, rows.fields(comparison),
                rows.steps(comparison), automationRows(member, earlier, later, RequestContextUtils.getLocale(request))));
        return "forms/compare";
    }

    @GetMapping("/forms/{formId:\\d+}/versions/{version:\\d+}/restore")
    String confirmRestore(CurrentMember member, @PathVariable long formId, @PathVariable int version,
                          HttpServletRequest request, Model model) {
        Form form = administration.administeredForm(member, formId);
        model.addAttribute("view", restorePage(member, form, version(member, form, version), List.of(),
                RequestContextUtils.getLocale(request)));
        return "forms/restore";
    }

    @PostMapping("/forms/{formId:\\d+}/versions/{version:\\d+}/restore")
    String restore(CurrentMember member, @PathVariable long formId, @PathVariable int version,
                   HttpServletRequest request, HttpServletResponse response, Model model) {
        Form form = administration.administeredForm(member, formId);
        Form earlier = version(member, form, version);
        try {
            Form published = transactions.execute(status -> publishAgain(member, earlier));
            log.info("Form {} version {} restored as version {} by member {}", formId, version,
                    published.version(), member.memberId());
            return "redirect:/forms/" + formId + "/versions?restored=" + version;
        } catch (FormDefinitionInvalid invalid) {
            response.setStatus(invalid.status());
            model.addAttribute("view", restorePage(member, form, earlier, invalid.problems(),
                    RequestContextUtils.getLocale(request)));
            return "forms/restore";
        }
    }

    private Form publishAgain(CurrentMember member, Form earlier) {
        Form published = forms.publish(member.orgId(), earlier.id(), earlier.definition(), member.memberId());
        forms.recordHistory(member.orgId(), earlier.id(), "version_restored", String.valueOf(earlier.version()),
                member.memberId());
        return published;
    }

    private RestorePage restorePage(CurrentMember member, Form current, Form earlier,
                                    List<io.potok.forms.DefinitionProblem> problems, Locale locale) {
        ComparisonRows rows = rows(member, current, earlier, locale);
        FormComparison comparison = FormComparison.compare(current.definition(), earlier.definition());
        return new RestorePage(current, earlier.version(), rows.fields(comparison), rows.steps(comparison),
                automationRows(member, current, earlier, locale), problems);
    }

    private Form version(CurrentMember member, Form form, int version) {
        return forms.findVersion(member.orgId(), form.id(), version)
                .orElseThrow(() -> new FormVersionNotFound(form.name(), version));
    }

    private ComparisonRows rows(CurrentMember member, Form before, Form after, Locale locale) {
        return new ComparisonRows(definitionText(member, locale), before.definition(), after.definition());
    }

    private List<DiffRow> automationRows(CurrentMember member, Form before, Form after, Locale locale) {
        return new AutomationRows(definitionText(member, locale), before.definition(), after.definition()).rows();
    }

    private DefinitionText definitionText(CurrentMember member, Locale locale) {
        Map<Long, String> roleNames = members.roles(member.orgId()).stream()
                .collect(Collectors.toMap(Role::id, Role::name));
        Map<Long, String> memberNames = members.list(member.orgId()).stream()
                .collect(Collectors.toMap(Member::id, Member::displayName));
        return new DefinitionText(messages, locale, memberNames, roleNames);
    }

    private Map<Long, String> memberNames(long orgId, Collection<Long> ids) {
        return members.findAll(orgId, ids).values().stream()
                .collect(Collectors.toMap(Member::id, Member::displayName));
    }
}
