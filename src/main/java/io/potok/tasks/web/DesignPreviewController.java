package io.potok.tasks.web;

import java.time.Clock;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import io.potok.forms.AccessLevel;
import io.potok.forms.FieldType;
import io.potok.forms.FieldValues;
import io.potok.forms.FieldVisibility;
import io.potok.forms.Form;
import io.potok.forms.FormAccessDenied;
import io.potok.forms.FormDefinition;
import io.potok.forms.FormDrafts;
import io.potok.forms.FormNotFound;
import io.potok.forms.Forms;
import io.potok.forms.TaskFacts;
import io.potok.identity.CurrentMember;
import io.potok.identity.Member;
import io.potok.identity.Members;
import io.potok.tasks.web.FieldView.RowView;
import io.potok.tasks.web.NewTaskPage.SimpleTask;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import tools.jackson.databind.node.ObjectNode;

/**
 * The form designer's preview: the form's draft (or its current version when there is no draft) drawn
 * with the new-task page's field templates, so an administrator views it as a member will fill it. It lives
 * in the tasks module because those templates do. Its form cannot be submitted.
 */
@Controller
class DesignPreviewController {

    private final Forms forms;
    private final FormDrafts drafts;
    private final Members members;
    private final FieldViews fieldViews;
    private final FieldValues fieldValues;
    private final LiveValues live;
    private final Clock clock;

    DesignPreviewController(Forms forms, FormDrafts drafts, Members members, FieldViews fieldViews,
                            FieldValues fieldValues, LiveValues live, Clock clock) {
        this.forms = forms;
        this.drafts = drafts;
        this.members = members;
        this.fieldViews = fieldViews;
        this.fieldValues = fieldValues;
        this.live = live;
        this.clock = clock;
    }

    @GetMapping("/forms/{formId}/design/preview")
    String preview(CurrentMember member, @PathVariable long formId, Model model) {
        Form current = forms.find(member.orgId(), formId).orElseThrow(() -> new FormNotFound(formId));
        if (forms.accessLevel(member, formId) != AccessLevel.ADMIN) {
            throw new FormAccessDenied(current.name());
        }

        // NOTE: catalog suggestions query the published version, so a catalog field that exists only in the
        // draft shows no suggestions here until the draft is published.
        FormDefinition draft = drafts.draftOrCurrent(member.orgId(), formId);
        Form previewed = new Form(current.id(), current.orgId(), current.name(), current.version(), draft,
                current.archived());
        model.addAttribute("view", page(member, previewed));
        return "tasks/preview";
    }

    /** Builds the page as the new-task page starts: defaults filled in, fields hidden by their conditions. */
    private NewTaskPage page(CurrentMember member, Form form) {
        ObjectNode defaults = live.newTask(member, form, List.of());
        FieldInput prefilled = RenderedValues.input(fieldValues.render(member.orgId(), form, defaults,
                new TaskFacts(null, false, clock.instant(), member.memberId())), member.zone());
        FieldStates states = FieldStates.newTask(FieldVisibility.hidden(form.definition(), defaults));
        List<FieldView> fields = fieldViews.build(member.orgId(), form.definition(), prefilled, Map.of(),
                Map.of(), states);
        Map<Integer, RowView> templateRows = new HashMap<>();
        form.definition().allFields().filter(field -> field.type() == FieldType.TABLE)
                .forEach(table -> templateRows.put(table.id(), fieldViews.templateRow(table)));
        List<Member> active = members.list(member.orgId()).stream()
                .filter(candidate -> !candidate.banned() && !candidate.bot())
                .toList();
        return new NewTaskPage(form, fields, templateRows, active, List.of(), SimpleTask.blank(), null);
    }
}
