package io.potok.automation.web;

import java.util.List;
import java.util.Locale;

import io.potok.automation.internal.rules.RuleRuns;
import io.potok.identity.CurrentMember;
import io.potok.tasks.TaskVisibility;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * The run log fragments pages load with htmx: a rule's recent runs on the rules page, and a task's
 * automation panel on the task page.
 */
@Controller
class RunLogController {

    private final RuleEditorAccess access;
    private final TaskVisibility visibility;
    private final RuleRuns runs;
    private final RunLines lines;
    private final ObjectProvider<TaskAutomationSection> sections;

    RunLogController(RuleEditorAccess access, TaskVisibility visibility, RuleRuns runs, RunLines lines,
                     ObjectProvider<TaskAutomationSection> sections) {
        this.access = access;
        this.visibility = visibility;
        this.runs = runs;
        this.lines = lines;
        this.sections = sections;
    }

    @GetMapping("/forms/{formId}/design/rules/{ruleId}/runs")
    String ruleRuns(CurrentMember member, @PathVariable long formId, @PathVariable String ruleId, Model model,
                    Locale locale) {
        access.requireRuleAdmin(member, formId);

        List<RunLine> found = lines.of(runs.forRule(member.orgId(), formId, ruleId, RunLines.LIMIT), locale);
        model.addAttribute("runs", found);
        return "automation/rule-runs";
    }

    @GetMapping("/tasks/{taskId}/automation")
    String taskPanel(CurrentMember member, @PathVariable long taskId, Model model, Locale locale) {
        visibility.checkVisible(member, taskId);

        model.addAttribute("runs", lines.of(runs.forTask(member.orgId(), taskId, RunLines.LIMIT), locale));
        model.addAttribute("sections", sections.orderedStream()
                .flatMap(section -> section.section(member, taskId, locale).stream()).toList());
        return "automation/task-panel";
    }
}
