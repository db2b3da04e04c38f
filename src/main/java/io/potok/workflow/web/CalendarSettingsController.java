package io.potok.workflow.web;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Map;

import io.potok.identity.CurrentMember;
import io.potok.platform.PotokException;
import io.potok.workflow.BusinessCalendar;
import io.potok.workflow.BusinessCalendarSettings;
import io.potok.workflow.BusinessCalendars;
import io.potok.workflow.BusinessHours;
import io.potok.workflow.web.CalendarSettingsView.Calculation;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The business calendar settings page for administrators: the organisation's calendar and department
 * calendars (time zone, working week, holidays, extra working days, a pasted holiday list) and a "when is it
 * due" calculator. Each change applies to the calendar named by the {@code department} parameter, the
 * organisation's when it is absent.
 */
@Controller
class CalendarSettingsController {

    static final String PATH = "/settings/calendars";
    private static final DateTimeFormatter LOCAL = DateTimeFormatter.ofPattern("dd.MM.yyyy HH:mm");

    private final BusinessCalendarSettings settings;
    private final BusinessCalendars calendars;
    private final CalendarPageModel pageModel;
    private final MessageSource messages;

    CalendarSettingsController(BusinessCalendarSettings settings, BusinessCalendars calendars,
                               CalendarPageModel pageModel, MessageSource messages) {
        this.settings = settings;
        this.calendars = calendars;
        this.pageModel = pageModel;
        this.messages = messages;
    }

    @GetMapping(PATH)
    String page(CurrentMember member, @RequestParam(required = false) Long department,
                @RequestParam(required = false) String start, @RequestParam(required = false) String hours,
                Model model, HttpServletResponse response) {
        requireAdmin(member);
        Calculation calculation = null;
        try {
            if (start != null && hours != null) {
                calculation = calculate(member.orgId(), department, start, hours);
            }
        } catch (PotokException rejected) {
            return rejected(member, department, rejected, model, response);
        }
        return render(member, department, calculation, null, model);
    }

    @PostMapping(PATH + "/week")
    String saveWeek(CurrentMember member, @RequestParam(required = false) Long department,
                    @RequestParam String zone, @RequestParam Map<String, String> form, Model model,
                    HttpServletResponse response) {
        requireAdmin(member);
        return change(member, department, model, response, () -> settings.saveWeek(member.orgId(), department,
                CalendarInput.zone(zone), CalendarInput.week(form)));
    }

    @PostMapping(PATH + "/holidays")
    String addHolidays(CurrentMember member, @RequestParam(required = false) Long department,
                       @RequestParam String dates, Model model, HttpServletResponse response) {
        requireAdmin(member);
        return change(member, department, model, response,
                () -> settings.addHolidays(member.orgId(), department, CalendarInput.dates(dates)));
    }

    @PostMapping(PATH + "/working-days")
    String addWorkingDay(CurrentMember member, @RequestParam(required = false) Long department,
                         @RequestParam String date, @RequestParam String opens, @RequestParam String closes,
                         Model model, HttpServletResponse response) {
        requireAdmin(member);
        return change(member, department, model, response, () -> settings.addExtraWorkingDay(member.orgId(),
                department, CalendarInput.date(date), CalendarInput.hours(opens, closes)));
    }

    @PostMapping(PATH + "/dates/remove")
    String removeDate(CurrentMember member, @RequestParam(required = false) Long department,
                      @RequestParam String date, Model model, HttpServletResponse response) {
        requireAdmin(member);
        return change(member, department, model, response,
                () -> settings.removeDate(member.orgId(), department, CalendarInput.date(date)));
    }

    @PostMapping(PATH + "/department/remove")
    String removeDepartmentCalendar(CurrentMember member, @RequestParam long department, Model model,
                                    HttpServletResponse response) {
        requireAdmin(member);
        return change(member, department, model, response,
                () -> settings.removeDepartmentCalendar(member.orgId(), department));
    }

    /** Applies the change and redirects to the calendar, or shows the page with the reason it was rejected. */
    private String change(CurrentMember member, Long department, Model model, HttpServletResponse response,
                          Runnable action) {
        try {
            action.run();
        } catch (PotokException rejected) {
            return rejected(member, department, rejected, model, response);
        }
        return "redirect:" + PATH + (department == null ? "?saved" : "?department=" + department + "&saved");
    }

    private Calculation calculate(long orgId, Long department, String start, String hours) {
        BusinessCalendar calendar = calendars.of(orgId, department);
        LocalDateTime local = CalendarInput.localDateTime(start);
        Instant due = BusinessHours.add(calendar, local.atZone(calendar.zone()).toInstant(),
                CalendarInput.amount(hours));
        return new Calculation(start, hours, LOCAL.format(due.atZone(calendar.zone())));
    }

    private String rejected(CurrentMember member, Long department, PotokException rejected, Model model,
                            HttpServletResponse response) {
        response.setStatus(rejected.status());
        String error = messages.getMessage(rejected.messageKey(), rejected.arguments(), rejected.code(),
                member.locale());
        return render(member, department, null, error, model);
    }

    private String render(CurrentMember member, Long department, Calculation calculation, String error,
                          Model model) {
        model.addAttribute("view", pageModel.view(member.orgId(), department, calculation, error));
        return "workflow/calendars";
    }

    private static void requireAdmin(CurrentMember member) {
        if (!member.admin()) {
            throw new CalendarSettingsDenied();
        }
    }
}
