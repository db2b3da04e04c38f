package io.potok.automation.internal.rules;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import io.potok.forms.ConditionEvaluator;
import io.potok.forms.Form;
import io.potok.forms.Forms;
import io.potok.forms.RuleDefinition.Action;
import io.potok.identity.Members;
import io.potok.platform.PotokException;
import io.potok.tasks.TaskSnapshot;
import io.potok.tasks.Tasks;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * Runs one rule firing in the trigger's transaction and logs it.
 *
 * <p>The rule's condition and actions run under a savepoint. When an action fails, every change of that rule
 * is rolled back, the later actions do not run, and the run is logged as failed; the change that triggered the
 * rule and the other rules' runs still commit.
 *
 * <p>Rules whose actions trigger rules run nested on the same thread. A firing more than {@value #MAX_DEPTH}
 * levels deep does not run and is logged as stopped.
 */
@Component
class RuleRunner {

    /** How many rules may trigger each other in a chain, the rule triggered by a member's change included. */
    static final int MAX_DEPTH = 5;

    private static final Logger log = LoggerFactory.getLogger(RuleRunner.class);

    private final ThreadLocal<Integer> depth = ThreadLocal.withInitial(() -> 0);
    private final RuleRunLog runLog;
    private final RuleActions actions;
    private final Tasks tasks;
    private final Forms forms;
    private final Members members;
    private final CatalogCells cells;
    private final MessageSource messages;
    private final JsonMapper json;
    private final TransactionTemplate savepoint;

    RuleRunner(RuleRunLog runLog, RuleActions actions, Tasks tasks, Forms forms, Members members,
               CatalogCells cells, MessageSource messages, JsonMapper json, PlatformTransactionManager transactions) {
        this.runLog = runLog;
        this.actions = actions;
        this.tasks = tasks;
        this.forms = forms;
        this.members = members;
        this.cells = cells;
        this.messages = messages;
        this.json = json;
        this.savepoint = new TransactionTemplate(transactions);
        this.savepoint.setPropagationBehavior(TransactionDefinition.PROPAGATION_NESTED);
    }

    /** Runs the firing unless the rule already fired for this trigger or the chain is too deep. */
    void run(RuleFiring firing) {
        int level = depth.get() + 1;
        if (level > MAX_DEPTH) {
            stop(firing, level);
            return;
        }
        Optional<Long> runId = runLog.claim(firing, level, RuleRun.Outcome.RUNNING);
        if (runId.isEmpty()) {
            return;
        }
        depth.set(level);
        try {
            execute(firing, runId.get());
        } finally {
            depth.set(level - 1);
        }
    }

    private void stop(RuleFiring firing, int level) {
        String error = messages.getMessage("error.rule_depth_exceeded", new Object[] {MAX_DEPTH},
                FieldTemplates.TEXT_LOCALE);
        runLog.claim(firing, level, RuleRun.Outcome.STOPPED)
                .ifPresent(runId -> runLog.finish(runId, RuleRun.Outcome.STOPPED, null, List.of(), error));
        log.warn("Rule {} of form {} stopped on task {}: rules triggered each other {} levels deep",
                firing.rule().id(), firing.formId(), firing.task().taskId(), MAX_DEPTH);
    }

    private void execute(RuleFiring firing, long runId) {
        List<String> done = new ArrayList<>();
        Boolean[] held = new Boolean[1];
        try {
            savepoint.executeWithoutResult(status -> {
                RuleContext context = context(firing);
                held[0] = ConditionEvaluator.holds(firing.rule().condition(), firing.form().definition(),
                        context.values(), cells.of(context.orgId()));
                if (held[0]) {
                    runActions(context, done);
                }
            });
            runLog.finish(runId, held[0] ? RuleRun.Outcome.DONE : RuleRun.Outcome.SKIPPED, held[0], done, null);
        } catch (RuntimeException failure) {
            String error = describe(failure, held[0] == null ? null : done.size() + 1);
            runLog.finish(runId, RuleRun.Outcome.FAILED, held[0], done, error);
            log.warn("Rule {} of form {} failed on task {} and was rolled back: {}", firing.rule().id(),
                    firing.formId(), firing.task().taskId(), error, failure);
        }
    }

    private void runActions(RuleContext context, List<String> done) {
        RuleContext current = context;
        for (Action action : context.rule().actions()) {
            done.add(actions.run(action, current));
            current = refreshed(current);
        }
    }

    private RuleContext context(RuleFiring firing) {
        TaskSnapshot task = tasks.snapshot(firing.task().orgId(), firing.task().taskId()).orElse(firing.task());
        Form taskForm = forms.findVersion(task.orgId(), task.formId(), task.formVersion()).orElse(firing.form());
        long botId = members.automationMemberId(task.orgId());
        return new RuleContext(firing.rule(), firing.form(), taskForm, task, values(task), botId);
    }

    private RuleContext refreshed(RuleContext context) {
        TaskSnapshot task = tasks.snapshot(context.orgId(), context.taskId()).orElse(context.task());
        return new RuleContext(context.rule(), context.form(), context.taskForm(), task, values(task),
                context.botId());
    }

    private ObjectNode values(TaskSnapshot task) {
        return (ObjectNode) json.readTree(task.fieldValuesJson());
    }

    /**
     * Describes the failure for the run log.
     *
     * @param failedAction the number of the action that failed, 1 for the first; null when the condition failed
     */
    private String describe(RuntimeException failure, Integer failedAction) {
        String text = failure instanceof PotokException potok
                ? messages.getMessage(potok.messageKey(), potok.arguments(), potok.code(), FieldTemplates.TEXT_LOCALE)
                : failure.getClass().getSimpleName() + ": " + failure.getMessage();
        String key = failedAction == null ? "rules.run.conditionFailed" : "rules.run.actionFailed";
        return messages.getMessage(key, new Object[] {failedAction, text}, text, FieldTemplates.TEXT_LOCALE);
    }
}
