package io.potok.tasks.web;

import java.time.LocalDate;
import java.time.LocalDateTime;

import io.potok.identity.CurrentMember;
import io.potok.tasks.TaskReminders;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The "Remind me" and "Defer until" controls of the task page. The page loads them as a fragment, and each
 * form posts back and returns to the task. A member sets and cancels only their own reminder and deferral.
 */
@Controller
class TaskRemindersController {

    private final TaskReminders reminders;

    TaskRemindersController(TaskReminders reminders) {
        this.reminders = reminders;
    }

    @GetMapping("/tasks/{taskId:\\d+}/reminders")
    String show(CurrentMember member, @PathVariable long taskId, Model model) {
        model.addAttribute("taskId", taskId);
        model.addAttribute("state", reminders.of(member, taskId));
        return "tasks/reminders";
    }

    @PostMapping("/tasks/{taskId:\\d+}/reminder")
    String remind(CurrentMember member, @PathVariable long taskId,
                  @RequestParam("at") @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME) LocalDateTime at) {
        reminders.remind(member, taskId, at);
        return "redirect:/tasks/" + taskId;
    }

    @PostMapping("/tasks/{taskId:\\d+}/reminder/cancel")
    String cancelReminder(CurrentMember member, @PathVariable long taskId) {
        reminders.cancelReminder(member, taskId);
        return "redirect:/tasks/" + taskId;
    }

    @PostMapping("/tasks/{taskId:\\d+}/deferral")
    String defer(CurrentMember member, @PathVariable long taskId,
                 @RequestParam("until") @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate until) {
        reminders.defer(member, taskId, until);
        return "redirect:/tasks/" + taskId;
    }

    @PostMapping("/tasks/{taskId:\\d+}/deferral/cancel")
    String cancelDeferral(CurrentMember member, @PathVariable long taskId) {
        reminders.cancelDeferral(member, taskId);
        return "redirect:/tasks/" + taskId;
    }
}
