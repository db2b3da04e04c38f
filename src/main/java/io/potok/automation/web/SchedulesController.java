package io.potok.automation.web;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import io.potok.automation.internal.schedules.Recurrences;
import io.potok.catalogs.Catalog;
import io.potok.catalogs.Catalogs;
import io.potok.forms.AccessLevel;
import io.potok.forms.AutomationDefinition;
import io.potok.forms.DefinitionProblem;
import io.potok.forms.Form;
import io.potok.forms.FormAccessDenied;
import io.potok.forms.FormDefinition;
import io.potok.forms.FormDefinitionInvalid;
import io.potok.forms.FormDrafts;
import io.potok.forms.FormNotFound;
import io.potok.forms.Forms;
import io.potok.forms.Recurrence;
import io.potok.forms.ScheduleDefinition;
import io.potok.identity.CurrentMember;
import io.potok.identity.Members;
import io.potok.identity.Organizations;
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
import tools.jackson.databind.json.JsonMapper;

/**
 * The schedules tab of the form designer. Changes go into the form's draft, like the fields and the route, and
 * take effect when the draft is published. Only the form's administrators may open it.
 */
@Controller
class SchedulesController {

    private static final Logger log = LoggerFactory.getLogger(SchedulesController.class);
    private static final int PREVIEW_DATES = 5;

    private final Forms forms;
    private final FormDrafts drafts;
    private final Members members;
    private final Catalogs catalogs;
    private final Organizations organizations;
    private final MessageSource messages;
    private final JsonMapper json;
    private final Clock clock;

    SchedulesController(Forms forms, FormDrafts drafts, Members members, Catalogs catalogs,
                        Organizations organizations, MessageSource messages, JsonMapper json, Clock clock) {
        this.forms = forms;
        this.drafts = drafts;
        this.members = members;
        this.catalogs = catalogs;
        this.organizations = organizations;
        this.messages = messages;
        this.json = json;
        this.clock = clock;
    }

    @GetMapping("/forms/{formId}/design/schedules")
    String show(CurrentMember member, @PathVariable long formId,
                @RequestParam(name = "edit", required = false) String editId,
                @RequestParam(name = "published", required = false) Integer published, Model model) {
        Form form = administered(member, formId);
        model.addAttribute("view", page(member, form, editId, published, List.of()));
        return "automation/schedules";
    }

    @PostMapping("/forms/{formId}/design/schedules")
    String save(CurrentMember member, @PathVariable long formId, HttpServletRequest request) {
        administered(member, formId);
        FormDefinition draft = drafts.draftOrCurrent(member.orgId(), formId);
        ScheduleDefinition schedule = ScheduleInput.read(request, draft, json);

        List<ScheduleDefinition> schedules = new ArrayList<>(draft.automation().schedules());
        int index = indexOf(schedules, schedule.id());
        if (index < 0) {
            schedules.add(schedule);
        } else {
            schedules.set(index, schedule);
        }
        saveSchedules(member, formId, draft, schedules);
        return "redirect:/forms/" + formId + "/design/schedules";
    }

    @PostMapping("/forms/{formId}/design/schedules/{scheduleId}/toggle")
    String toggle(CurrentMember member, @PathVariable long formId, @PathVariable String scheduleId) {
        administered(member, formId);
        FormDefinition draft = drafts.draftOrCurrent(member.orgId(), formId);

        List<ScheduleDefinition> schedules = draft.automation().schedules().stream()
                .map(schedule -> schedule.id().equals(scheduleId) ? toggled(schedule) : schedule)
                .toList();
        saveSchedules(member, formId, draft, schedules);
        return "redirect:/forms/" + formId + "/design/schedules";
    }

    @PostMapping("/forms/{formId}/design/schedules/{scheduleId}/delete")
    String delete(CurrentMember member, @PathVariable long formId, @PathVariable String scheduleId) {
        administered(member, formId);
        FormDefinition draft = drafts.draftOrCurrent(member.orgId(), formId);

        List<ScheduleDefinition> schedules = draft.automation().schedules().stream()
                .filter(schedule -> !schedule.id().equals(scheduleId))
                .toList();
        saveSchedules(member, formId, draft, schedules);
        return "redirect:/forms/" + formId + "/design/schedules";
    }

    /** Renders the next dates of the recurrence being typed into the editor. */
    @PostMapping("/forms/{formId}/design/schedules/preview")
    String preview(CurrentMember member, @PathVariable long formId, HttpServletRequest request, Model model) {
        administered(member, formId);
        FormDefinition draft = drafts.draftOrCurrent(member.orgId(), formId);
        ScheduleDefinition schedule = ScheduleInput.read(request, draft, json);

        model.addAttribute("dates", nextDates(member.orgId(), schedule));
        return "automation/schedule-preview";
    }

    @PostMapping("/forms/{formId}/design/schedules/publish")
    String publish(CurrentMember member, @PathVariable long formId, HttpServletRequest request,
                   HttpServletResponse response, Model model) {
        Form form = administered(member, formId);
        try {
            Form published = drafts.publish(member.orgId(), formId, member.memberId());
            log.info("Form {} published as version {} from the schedules page by member {}", formId,
                    published.version(), member.memberId());
            return "redirect:/forms/" + formId + "/design/schedules?published=" + published.version();
        } catch (FormDefinitionInvalid rejected) {
            log.info("Form {} was not published from the schedules page by member {}: {} problems", formId,
                    member.memberId(), rejected.problems().size());
            response.setStatus(422);
            List<String> problems = translate(rejected.problems(), RequestContextUtils.getLocale(request));
            model.addAttribute("view", page(member, form, null, null, problems));
            return "automation/schedules";
        }
    }

    @PostMapping("/forms/{formId}/design/schedules/discard")
    String discard(CurrentMember member, @PathVariable long formId) {
        administered(member, formId);

        drafts.discard(member.orgId(), formId);
        return "redirect:/forms/" + formId + "/design/schedules";
    }

    private Form administered(CurrentMember member, long formId) {
        Form form = forms.find(member.orgId(), formId).orElseThrow(() -> new FormNotFound(formId));
        if (forms.accessLevel(member, formId) != AccessLevel.ADMIN) {
            throw new FormAccessDenied(form.name());
        }
        return form;
    }

    private void saveSchedules(CurrentMember member, long formId, FormDefinition draft,
                               List<ScheduleDefinition> schedules) {
        AutomationDefinition automation = draft.automation().withSchedules(schedules);
        drafts.save(member.orgId(), formId, draft.withAutomation(automation), member.memberId());
    }

    private SchedulesPage page(CurrentMember member, Form form, String editId, Integer published,
                               List<String> problems) {
        boolean hasDraft = drafts.find(member.orgId(), form.id()).isPresent();
        FormDefinition draft = drafts.draftOrCurrent(member.orgId(), form.id());
        List<SchedulesPage.Row> rows = draft.automation().schedules().stream()
                .map(schedule -> new SchedulesPage.Row(schedule, nextDates(member.orgId(), schedule)))
                .toList();
        ScheduleDefinition editing = editId == null ? null : draft.automation().schedule(editId).orElse(null);
        return new SchedulesPage(form, draft, hasDraft, rows, editing, activeMembers(member.orgId()),
                catalogChoices(member.orgId()), published, problems);
    }

    private List<Instant> nextDates(long orgId, ScheduleDefinition schedule) {
        Recurrence recurrence = schedule.recurrence();
        if (schedule.kind() != ScheduleDefinition.Kind.RECURRING || recurrence == null || recurrence.start() == null
                || recurrence.frequency() == null) {
            return List.of();
        }
        ZoneId zone = organizations.timeZone(orgId);
        return Recurrences.upcoming(recurrence, zone, clock.instant(), PREVIEW_DATES);
    }

    private List<io.potok.identity.Member> activeMembers(long orgId) {
        return members.list(orgId).stream().filter(found -> !found.banned() && !found.bot()).toList();
    }

    private List<SchedulesPage.CatalogChoice> catalogChoices(long orgId) {
        return catalogs.list(orgId).stream()
                .filter(catalog -> !catalog.archived())
                .map(catalog -> new SchedulesPage.CatalogChoice(catalog.id(), catalog.name(),
                        catalog.headers().stream().map(Catalog.Header::name).toList()))
                .toList();
    }

    private static int indexOf(List<ScheduleDefinition> schedules, String id) {
        for (int i = 0; i < schedules.size(); i++) {
            if (schedules.get(i).id().equals(id)) {
                return i;
            }
        }
        return -1;
    }

    private static ScheduleDefinition toggled(ScheduleDefinition schedule) {
        return new ScheduleDefinition(schedule.id(), schedule.name(), !schedule.enabled(), schedule.kind(),
                schedule.recurrence(), schedule.fields(), schedule.responsible(), schedule.cadence());
    }

    /** Resolves each problem's message; a problem without one shows its code and arguments. */
    private List<String> translate(List<DefinitionProblem> problems, Locale locale) {
        return problems.stream()
                .map(problem -> messages.getMessage(problem.messageKey(), problem.arguments().toArray(),
                        problem.code() + " " + problem.arguments(), locale))
                .toList();
    }
}
