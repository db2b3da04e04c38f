package io.potok.tasks.web;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;

import io.potok.forms.AccessLevel;
import io.potok.forms.Form;
import io.potok.forms.FormulaFailed;
import io.potok.forms.Forms;
import io.potok.forms.TaskFacts;
import io.potok.identity.CurrentMember;
import io.potok.tasks.TaskNotFound;
import io.potok.tasks.TaskView;
import io.potok.tasks.Tasks;
import io.potok.tasks.web.LiveValues.LiveForm;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.ResponseBody;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The live form: while a user fills the new-task page or the task page, the page posts its inputs here
 * (the same form fields it posts to save). The response is JSON that lists which fields to hide and what
 * each computed field shows: {@code {"hidden": [12, 14], "computed": {"40": "3351.50"}}}. Nothing is saved and no
 * history is written.
 */
@Controller
class LiveFormController {

    private final Forms forms;
    private final Tasks tasks;
    private final TaskPages pages;
    private final LiveValues live;
    private final Clock clock;

    LiveFormController(Forms forms, Tasks tasks, TaskPages pages, LiveValues live, Clock clock) {
        this.clock = clock;
        this.forms = forms;
        this.tasks = tasks;
        this.pages = pages;
        this.live = live;
    }

    /** Returns the state of the new-task page of a form the member may create tasks on. */
    @PostMapping("/forms/{formId:\\d+}/live")
    @ResponseBody
    LiveForm newTask(CurrentMember member, @PathVariable long formId, HttpServletRequest request) {
        Form form = FormAccess.usable(forms, member, formId, AccessLevel.MEMBER);
        FieldInput input = FieldInput.of(request.getParameterMap());
        List<JsonNode> updates = FieldUpdates.forNewTask(form.definition(), input, member.zone());
        List<FormulaFailed> failures = new ArrayList<>();
        ObjectNode values = live.newTask(member, form, updates, failures::add);
        return live.state(member, form, values, new TaskFacts(null, false, clock.instant(), member.memberId()),
                input, failures);
    }

    /** Returns the state of the task page of a task the member can see. */
    @PostMapping("/tasks/{taskId:\\d+}/live")
    @ResponseBody
    LiveForm task(CurrentMember member, @PathVariable long taskId, HttpServletRequest request) {
        TaskView task = tasks.view(member, taskId);
        Form form = pages.form(task).orElseThrow(() -> new TaskNotFound(taskId));
        FieldInput input = FieldInput.of(request.getParameterMap());
        List<JsonNode> updates = pages.updates(member, task, form, input);
        List<FormulaFailed> failures = new ArrayList<>();
        ObjectNode values = live.task(member, task, form, updates, failures::add);
        return live.state(member, form, values, TaskPages.facts(task), input, failures);
    }
}
