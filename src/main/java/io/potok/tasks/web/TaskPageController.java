package io.potok.tasks.web;

import java.util.List;
import java.util.Locale;
import java.util.Map;

import io.potok.forms.FieldValueInvalid;
import io.potok.forms.FieldValueRequired;
import io.potok.forms.Form;
import io.potok.identity.CurrentMember;
import io.potok.platform.PotokException;
import io.potok.tasks.FieldValueNotUnique;
import io.potok.tasks.Attachments;
import io.potok.tasks.TaskChange;
import io.potok.tasks.TaskChangedConcurrently;
import io.potok.tasks.TaskView;
import io.potok.tasks.Tasks;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.support.RequestContextUtils;
import tools.jackson.databind.JsonNode;

/**
 * The task page and the saving of its fields. A save carries the task version the page was loaded at, so
 * a change someone made meanwhile is never silently overwritten.
 */
@Controller
class TaskPageController {

    private final Tasks tasks;
    private final TaskPages pages;
    private final MessageSource messages;
    private final Attachments attachments;

    TaskPageController(Tasks tasks, TaskPages pages, MessageSource messages, Attachments attachments) {
        this.attachments = attachments;
        this.tasks = tasks;
        this.pages = pages;
        this.messages = messages;
    }

    @GetMapping("/tasks/{taskId:\\d+}")
    String show(CurrentMember member, @PathVariable long taskId, HttpServletRequest request, Model model) {
        TaskView task = tasks.view(member, taskId);
        model.addAttribute("view", pages.stored(member, task, RequestContextUtils.getLocale(request)));
        return "tasks/task";
    }

    @PostMapping("/tasks/{taskId:\\d+}/fields")
    String saveFields(CurrentMember member, @PathVariable long taskId, @RequestParam("version") int version,
                      HttpServletRequest request, HttpServletResponse response, Model model) {
        Locale locale = RequestContextUtils.getLocale(request);
        TaskView before = tasks.view(member, taskId);
        Form form = pages.form(before).orElseThrow(() -> new io.potok.tasks.TaskNotFound(taskId));
        FieldInput input = FieldInput.of(FileFieldInput.withUploads(member, request, attachments));
        List<JsonNode> updates = pages.updates(member, before, form, input);
        try {
            tasks.change(member, taskId, TaskChange.fields(updates).atVersion(version));
            return "redirect:/tasks/" + taskId;
        } catch (TaskChangedConcurrently conflict) {
            // The page keeps the typed values and takes the current version, so saving again is a choice
            // the user makes after reading what changed.
            response.setStatus(HttpServletResponse.SC_CONFLICT);
            model.addAttribute("view", pages.typed(member, before, input, Map.of(), before.version(),
                    message(conflict, locale), locale));
            return "tasks/task";
        } catch (FieldValueInvalid | FieldValueRequired | FieldValueNotUnique rejected) {
            response.setStatus(rejected.status());
            String text = message(rejected, locale);
            Map<Integer, String> errors = FieldErrors.byField(form.definition(), rejected, text);
            model.addAttribute("view", pages.typed(member, before, input, errors, version,
                    errors.isEmpty() ? text : null, locale));
            return "tasks/task";
        }
    }

    private String message(PotokException failure, Locale locale) {
        return messages.getMessage(failure.messageKey(), failure.arguments(), failure.code(), locale);
    }
}
