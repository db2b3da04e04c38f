package io.potok.tasks.web;

import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import io.potok.forms.AccessLevel;
import io.potok.forms.FieldDefinition;
import io.potok.forms.FieldType;
import io.potok.forms.FieldValueInvalid;
import io.potok.forms.FieldValueRequired;
import io.potok.forms.FieldValues;
import io.potok.forms.FieldVisibility;
import io.potok.forms.Form;
import io.potok.forms.Forms;
import io.potok.forms.TaskFacts;
import io.potok.identity.CurrentMember;
import io.potok.identity.Member;
import io.potok.identity.Members;
import io.potok.platform.PotokException;
import io.potok.tasks.FieldValueNotUnique;
import io.potok.tasks.Attachments;
import io.potok.tasks.NewTask;
import io.potok.tasks.TaskView;
import io.potok.tasks.Tasks;
import io.potok.tasks.web.FieldView.RowView;
import io.potok.tasks.web.NewTaskPage.SimpleTask;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.support.RequestContextUtils;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The new-task page: a simple task, or a task from a form with every field of the form.
 */
@Controller
@RequestMapping("/tasks/new")
class NewTaskController {

    private final Forms forms;
    private final Members members;
    private final FieldViews fieldViews;
    private final Tasks tasks;
    private final MessageSource messages;
    private final LiveValues live;
    private final FieldValues fieldValues;
    private final Clock clock;
    private final Attachments attachments;

    NewTaskController(Forms forms, Members members, FieldViews fieldViews, Tasks tasks,
                      MessageSource messages, LiveValues live, FieldValues fieldValues, Clock clock,
                      Attachments attachments) {
        this.live = live;
        this.fieldValues = fieldValues;
        this.clock = clock;
        this.attachments = attachments;
        this.forms = forms;
        this.members = members;
        this.fieldViews = fieldViews;
        this.tasks = tasks;
        this.messages = messages;
    }

    @GetMapping
    String show(CurrentMember member, @RequestParam(name = "form", required = false) Long formId, Model model) {
        if (formId == null) {
            model.addAttribute("view", simplePage(member, SimpleTask.blank(), null));
            return "tasks/new";
        }
        Form form = FormAccess.usable(forms, member, formId, AccessLevel.MEMBER);
        ObjectNode defaults = live.newTask(member, form, List.of());
        FieldInput prefilled = RenderedValues.input(fieldValues.render(member.orgId(), form, defaults,
                new TaskFacts(null, false, clock.instant(), member.memberId())), member.zone());
        model.addAttribute("view", formPage(member, form, prefilled, defaults, Map.of(), null));
        return "tasks/new";
    }

    @PostMapping(params = "form")
    String createFromForm(CurrentMember member, @RequestParam("form") long formId, HttpServletRequest request,
                          HttpServletResponse response, Model model) {
        Form form = FormAccess.usable(forms, member, formId, AccessLevel.MEMBER);
        FieldInput input = FieldInput.of(FileFieldInput.withUploads(member, request, attachments));
        List<JsonNode> updates = FieldUpdates.forNewTask(form.definition(), input, member.zone());
        try {
            TaskView created = tasks.create(member, NewTask.onForm(form.id(), updates));
            return "redirect:/tasks/" + created.id();
        } catch (FieldValueInvalid | FieldValueRequired | FieldValueNotUnique rejected) {
            response.setStatus(rejected.status());
            model.addAttribute("view", rejectedPage(member, form, input, updates, rejected, request));
            return "tasks/new";
        }
    }

    @PostMapping(params = "!form")
    String createSimple(CurrentMember member, @RequestParam(name = "text", defaultValue = "") String text,
                        @RequestParam(name = "responsible", defaultValue = "") String responsible,
                        @RequestParam(name = "due", defaultValue = "") String due, HttpServletRequest request,
                        HttpServletResponse response, Model model) {
        Locale locale = RequestContextUtils.getLocale(request);
        Map<String, String> errors = new HashMap<>();
        if (text.isBlank()) {
            errors.put("text", messages.getMessage("task.simple.textMissing", null, locale));
        }
        Long responsibleId = responsible.matches("\\d{1,18}") ? Long.valueOf(responsible) : null;
        LocalDate dueDate = parseDate(due);
        if (!due.isBlank() && dueDate == null) {
            errors.put("due", messages.getMessage("task.simple.dueInvalid", new Object[] {due}, locale));
        }
        if (errors.isEmpty()) {
            TaskView created = tasks.create(member, NewTask.simple(text.trim(), responsibleId, dueDate));
            return "redirect:/tasks/" + created.id();
        }
        response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
        model.addAttribute("view", simplePage(member, new SimpleTask(text, responsible, due, errors), null));
        return "tasks/new";
    }

    private static LocalDate parseDate(String text) {
        try {
            return text.isBlank() ? null : LocalDate.parse(text.trim());
        } catch (DateTimeParseException notDate) {
            return null;
        }
    }

    private NewTaskPage rejectedPage(CurrentMember member, Form form, FieldInput input, List<JsonNode> updates,
                                     PotokException rejected, HttpServletRequest request) {
        String message = messages.getMessage(rejected.messageKey(), rejected.arguments(), rejected.code(),
                RequestContextUtils.getLocale(request));
        Map<Integer, String> errors = FieldErrors.byField(form.definition(), rejected, message);
        ObjectNode values = live.newTask(member, form, updates);
        return formPage(member, form, input, values, errors, errors.isEmpty() ? message : null);
    }

    /**
     * Returns the page of a form.
     *
     * @param values the values the inputs stand for, which decide the hidden fields
     */
    private NewTaskPage formPage(CurrentMember member, Form form, FieldInput input, ObjectNode values,
                                 Map<Integer, String> errors, String error) {
        FieldStates states = FieldStates.newTask(FieldVisibility.hidden(form.definition(), values));
        List<FieldView> fields = fieldViews.build(member.orgId(), form.definition(), input, errors, Map.of(), states);
        Map<Integer, RowView> templateRows = new HashMap<>();
        form.definition().allFields().filter(field -> field.type() == FieldType.TABLE)
                .forEach(table -> templateRows.put(table.id(), fieldViews.templateRow(table)));
        return new NewTaskPage(form, fields, templateRows, activeMembers(member), List.of(), SimpleTask.blank(),
                error);
    }

    private NewTaskPage simplePage(CurrentMember member, SimpleTask simple, String error) {
        List<Form> usable = forms.list(member.orgId()).stream()
                .filter(form -> !form.archived())
                .filter(form -> forms.accessLevel(member, form.id()).atLeast(AccessLevel.MEMBER))
                .toList();
        return new NewTaskPage(null, List.of(), Map.of(), activeMembers(member), usable, simple, error);
    }

    private List<Member> activeMembers(CurrentMember member) {
        return members.list(member.orgId()).stream()
                .filter(candidate -> !candidate.banned() && !candidate.bot())
                .toList();
    }

}
