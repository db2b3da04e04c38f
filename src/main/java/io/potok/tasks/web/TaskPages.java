package io.potok.tasks.web;

import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import io.potok.forms.AccessLevel;
import io.potok.forms.FieldDefinition;
import io.potok.forms.FieldType;
import io.potok.forms.FieldValues;
import io.potok.forms.FieldVisibility;
import io.potok.forms.Form;
import io.potok.forms.Forms;
import io.potok.forms.TaskFacts;
import io.potok.identity.CurrentMember;
import io.potok.identity.Member;
import io.potok.identity.Members;
import io.potok.tasks.TaskView;
import io.potok.tasks.Tasks;
import io.potok.tasks.web.FieldView.RowView;
import io.potok.tasks.web.TaskPage.Approval;
import io.potok.tasks.web.TaskPage.HistoryLine;
import io.potok.tasks.web.TaskPage.Permissions;
import io.potok.tasks.web.TaskPage.StepLine;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * Builds the {@link TaskPage} of a task for its viewer.
 */
@Component
class TaskPages {

    private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("dd.MM.yyyy HH:mm");

    private final Forms forms;
    private final Members members;
    private final FieldViews fieldViews;
    private final FieldValues fieldValues;
    private final MessageSource messages;
    private final Tasks tasks;
    private final LiveValues live;

    TaskPages(Forms forms, Members members, FieldViews fieldViews, FieldValues fieldValues, MessageSource messages,
              Tasks tasks, LiveValues live) {
        this.tasks = tasks;
        this.live = live;
        this.forms = forms;
        this.members = members;
        this.fieldViews = fieldViews;
        this.fieldValues = fieldValues;
        this.messages = messages;
    }

    /** Returns the page with the stored values. */
    TaskPage stored(CurrentMember viewer, TaskView task, Locale locale) {
        ObjectNode values = task.formId() == null ? JsonNodeFactory.instance.objectNode()
                : tasks.preview(viewer, task.id(), List.of()).values();
        return page(viewer, task, RenderedValues.input(task.fields(), viewer.zone()), values, Map.of(),
                task.version(), null, locale);
    }

    /**
     * Returns the page with what the viewer typed, after a rejected save.
     *
     * @param version the version the next save is based on
     */
    TaskPage typed(CurrentMember viewer, TaskView task, FieldInput input, Map<Integer, String> errors, int version,
                   String error, Locale locale) {
        ObjectNode values = form(task).map(found -> live.task(viewer, task, found, updates(viewer, task, found, input)))
                .orElseGet(JsonNodeFactory.instance::objectNode);
        return page(viewer, task, input, values, errors, version, error, locale);
    }

    /**
     * Returns the field updates of the task page's inputs: every field the viewer may edit at the task's
     * step, and none that is read-only from an earlier step.
     */
    List<JsonNode> updates(CurrentMember viewer, TaskView task, Form form, FieldInput input) {
        FieldStates states = states(task, Set.of());
        return FieldUpdates.from(form.definition(), input, viewer.zone(), RenderedValues.presence(task.fields()),
                field -> !states.isLocked(field));
    }

    static TaskFacts facts(TaskView task) {
        return new TaskFacts(task.currentStep(), task.closed(), task.createdAt(), task.authorId());
    }

    private TaskPage page(CurrentMember viewer, TaskView task, FieldInput input, ObjectNode values,
                          Map<Integer, String> errors, int version, String error, Locale locale) {
        Optional<Form> form = form(task);
        List<FieldView> fields = form.map(found -> {
            FieldStates states = states(task, FieldVisibility.hidden(found.definition(), values));
            Map<Integer, String> shown = readOnlyTexts(viewer, task, found, locale);
            shown.putAll(lockedTexts(viewer, found, values, states, locale));
            return fieldViews.build(viewer.orgId(), found.definition(), input, errors, shown, states,
                    task.attachments());
        }).orElse(List.of());
        Map<Integer, RowView> templateRows = new HashMap<>();
        form.ifPresent(found -> found.definition().allFields().filter(field -> field.type() == FieldType.TABLE)
                .forEach(table -> templateRows.put(table.id(), fieldViews.templateRow(table))));
        return new TaskPage(task, form.orElse(null), fields, templateRows, activeMembers(viewer), version,
                steps(task), history(viewer, task, form, locale), permissions(viewer, task), error);
    }

    private static FieldStates states(TaskView task, Set<Integer> hidden) {
        return new FieldStates(stepOf(task), true, task.closed(), hidden);
    }

    /** Returns the texts of the fields read-only at the task's step, shown in place of their inputs. */
    private Map<Integer, String> lockedTexts(CurrentMember viewer, Form form, ObjectNode values, FieldStates states,
                                             Locale locale) {
        Map<Integer, String> texts = new HashMap<>();
        FieldUpdates.storedFields(form.definition()).filter(states::isLocked).forEach(field -> texts.put(field.id(),
                fieldValues.display(viewer.orgId(), field, values.get(String.valueOf(field.id())), locale)));
        return texts;
    }

    Optional<Form> form(TaskView task) {
        if (task.formId() == null) {
            return Optional.empty();
        }
        return forms.findVersion(task.orgId(), task.formId(), task.formVersion());
    }

    private static int stepOf(TaskView task) {
        return task.currentStep() == null ? 0 : task.currentStep();
    }

    private Map<Integer, String> readOnlyTexts(CurrentMember viewer, TaskView task, Form form, Locale locale) {
        Map<Integer, String> texts = new HashMap<>();
        form.definition().allFields().forEach(field -> {
            switch (field.type()) {
                case STEP:
                    texts.put(field.id(), stepName(form, task.currentStep()));
                    break;
                case STATUS:
                    texts.put(field.id(), messages.getMessage(statusKey(task), null, locale));
                    break;
                case CREATION_DATE:
                    texts.put(field.id(), DATE_TIME.format(task.createdAt().atZone(viewer.zone())));
                    break;
                case AUTHOR:
                    texts.put(field.id(), name(task, task.authorId()));
                    break;
                default:
                    break;
            }
        });
        return texts;
    }

    static String statusKey(TaskView task) {
        if (!task.closed()) {
            return "task.status.open";
        }
        return "rejected".equals(task.resolution()) ? "task.status.rejected" : "task.status.closed";
    }

    private static String stepName(Form form, Integer step) {
        if (step == null) {
            return "";
        }
        return form.definition().route().step(step).map(found -> step + ". " + found.name()).orElse(String.valueOf(step));
    }

    private static String name(TaskView task, long memberId) {
        Member member = task.people().get(memberId);
        return member == null ? "#" + memberId : member.displayName();
    }

    private List<Member> activeMembers(CurrentMember viewer) {
        return members.list(viewer.orgId()).stream().filter(member -> !member.banned() && !member.bot()).toList();
    }

    /** Lists each step with the decisions of its latest round. */
    private static List<StepLine> steps(TaskView task) {
        return task.steps().stream().map(step -> {
            int round = step.approvals().stream().mapToInt(TaskView.ApprovalView::round).max().orElse(0);
            List<Approval> approvals = step.approvals().stream()
                    .filter(approval -> approval.round() == round)
                    .map(approval -> new Approval(approval.memberId(), approval.choice(), approval.decidedAt()))
                    .toList();
            return new StepLine(step.step(), step.name(), step.current(), step.elapsedMillis(), approvals, step.due());
        }).toList();
    }

    private List<HistoryLine> history(CurrentMember viewer, TaskView task, Optional<Form> form, Locale locale) {
        HistoryValues values = new HistoryValues(task, form, messages, locale);
        return task.history().stream().map(entry -> {
            Optional<FieldDefinition> field = form.flatMap(found -> entry.fieldId() == null
                    ? Optional.empty() : found.definition().field(entry.fieldId()));
            if (field.isEmpty() && entry.fieldId() == null) {
                return new HistoryLine(entry.actorId(), entry.at(), entry.action(), entry.fieldName(),
                        values.format(entry.action(), entry.oldValue()), values.format(entry.action(), entry.newValue()));
            }
            return new HistoryLine(entry.actorId(), entry.at(), entry.action(), entry.fieldName(),
                    shown(viewer, field, entry.oldValue(), locale), shown(viewer, field, entry.newValue(), locale));
        }).toList();
    }

    private String shown(CurrentMember viewer, Optional<FieldDefinition> field, JsonNode value, Locale locale) {
        if (value == null || value.isNull()) {
            return "";
        }
        if (field.isEmpty()) {
            return value.isValueNode() ? value.asString() : value.toString();
        }
        return fieldValues.display(viewer.orgId(), field.get(), value, locale);
    }

    private Permissions permissions(CurrentMember viewer, TaskView task) {
        boolean waitingForViewer = task.steps().stream()
                .filter(TaskView.StepView::current)
                .flatMap(step -> step.approvals().stream())
                .anyMatch(approval -> approval.memberId() == viewer.memberId() && "waiting".equals(approval.choice()));
        boolean decide = !task.closed() && waitingForViewer;
        boolean earlierStep = task.currentStep() != null
                && task.steps().stream().anyMatch(step -> step.step() < task.currentStep());
        boolean manages = viewer.admin() || (task.formId() != null
                && forms.accessLevel(viewer, task.formId()).atLeast(AccessLevel.MANAGER));
        boolean open = !task.closed() && task.currentStep() != null;
        return new Permissions(decide, decide && earlierStep, open && (decide || manages),
                task.formId() != null && !task.closed());
    }
}
