package io.potok.tasks.web;

import java.util.List;

import io.potok.forms.Form;
import io.potok.identity.CurrentMember;
import io.potok.tasks.TaskNotFound;
import io.potok.tasks.TaskView;
import io.potok.tasks.Tasks;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Computes the values of a task form while it is filled, from the inputs the page sends, as the live form
 * does: values that do not parse yet are left out. Nothing is saved.
 */
@Component
class PageValues {

    private final Tasks tasks;
    private final TaskPages pages;
    private final LiveValues live;

    PageValues(Tasks tasks, TaskPages pages, LiveValues live) {
        this.tasks = tasks;
        this.pages = pages;
        this.live = live;
    }

    /** Returns the values of the new-task page of the form. */
    ObjectNode ofNewTask(CurrentMember member, Form form, FieldInput input) {
        List<JsonNode> updates = FieldUpdates.forNewTask(form.definition(), input, member.zone());
        return live.newTask(member, form, updates);
    }

    /** Returns the values of the page of a task the member can see. */
    ObjectNode ofTask(CurrentMember member, long taskId, FieldInput input) {
        TaskView task = tasks.view(member, taskId);
        Form form = pages.form(task).orElseThrow(() -> new TaskNotFound(taskId));
        return live.task(member, task, form, pages.updates(member, task, form, input));
    }
}
