package io.potok.tasks.web;

import java.util.List;

import io.potok.forms.AccessLevel;
import io.potok.forms.FieldDefinition;
import io.potok.forms.FieldType;
import io.potok.forms.Form;
import io.potok.forms.Forms;
import io.potok.identity.CurrentMember;
import io.potok.tasks.TaskSearch;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * Suggests the tasks a form_link field may link: tasks of the field's linked form that the user may see,
 * whose subject contains what the user typed or whose number it is. htmx puts the list under the field's
 * search box.
 */
@Controller
class LinkedTaskSearchController {

    static final int SUGGESTIONS = 20;

    private final Forms forms;
    private final TaskSearch search;

    LinkedTaskSearchController(Forms forms, TaskSearch search) {
        this.forms = forms;
        this.search = search;
    }

    @GetMapping("/tasks/linked-tasks")
    String suggest(CurrentMember member, @RequestParam("form") long formId, @RequestParam("field") int fieldId,
                   @RequestParam(name = "q", defaultValue = "") String text, Model model) {
        Form form = FormAccess.usable(forms, member, formId, AccessLevel.MEMBER);
        Long linkedFormId = form.definition().field(fieldId)
                .filter(field -> field.type() == FieldType.FORM_LINK)
                .map(FieldDefinition::info)
                .map(info -> info.linkedFormId())
                .orElse(null);
        List<TaskSearch.FoundTask> found = linkedFormId == null ? List.of()
                : search.onForm(member, linkedFormId, text, SUGGESTIONS);
        model.addAttribute("tasks", found);
        return "tasks/linked-task-options";
    }
}
