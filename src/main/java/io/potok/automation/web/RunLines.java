package io.potok.automation.web;

import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

import io.potok.automation.internal.rules.RuleRun;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * Turns the rule run log into {@link RunLine}s in the viewer's language.
 */
@Component
class RunLines {

    /** Runs shown on a rule's page and on a task's automation panel. */
    static final int LIMIT = 50;

    private final MessageSource messages;

    RunLines(MessageSource messages) {
        this.messages = messages;
    }

    List<RunLine> of(List<RuleRun> runs, Locale locale) {
        return runs.stream().map(run -> line(run, locale)).toList();
    }

    private RunLine line(RuleRun run, Locale locale) {
        String condition = run.conditionHeld() == null ? ""
                : text(run.conditionHeld() ? "ruleRuns.condition.held" : "ruleRuns.condition.notHeld", locale);
        String actions = run.actionsDone().stream().map(done -> action(done, locale)).collect(Collectors.joining("\n"));
        return new RunLine(run.startedAt(), run.taskId(), run.ruleName(),
                text("ruleEditor.trigger." + run.trigger().wireName(), locale), run.outcome().wireName(), condition,
                actions, run.error());
    }

    /** Names the action's kind in words; the engine writes it as the kind's wire name and its details. */
    private String action(String done, Locale locale) {
        String[] parts = done.split(" ", 2);
        String kind = messages.getMessage("ruleEditor.action." + parts[0], null, parts[0], locale);
        return parts.length == 1 ? kind : kind + ": " + parts[1];
    }

    private String text(String key, Locale locale) {
        return messages.getMessage(key, null, key, locale);
    }
}
