package io.potok.tasks.web;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import io.potok.forms.Form;
import io.potok.identity.Member;
import io.potok.tasks.TaskView;
import io.potok.tasks.web.FieldView.RowView;

/**
 * The content of the task page.
 *
 * @param task the task as the viewer may see it
 * @param form the form version the task follows, or null for a simple task
 * @param fields the form's field views with the stored or typed values
 * @param templateRows per table field id, the row "add row" copies
 * @param members the active members, for person fields, reassigning and subscribing
 * @param version the task version a save is based on
 * @param steps the route as the task went through it
 * @param history the task's history, oldest first
 * @param may what the viewer may do
 * @param error a message about a rejected change that belongs to no single field, or null
 */
public record TaskPage(TaskView task, Form form, List<FieldView> fields, Map<Integer, RowView> templateRows,
                       List<Member> members, int version, List<StepLine> steps, List<HistoryLine> history,
                       Permissions may, String error) {

    /** Returns the member's name, or {@code #id} when the member is unknown. */
    public String name(Long memberId) {
        if (memberId == null) {
            return "";
        }
        Member member = task.people().get(memberId);
        return member == null ? "#" + memberId : member.displayName();
    }

    public boolean subscribed(long memberId) {
        return task.subscriberIds().contains(memberId);
    }

    /**
     * A route step with who decides it.
     *
     * @param number step number
     * @param name step name
     * @param current whether the task waits on this step
     * @param elapsedMillis time spent in the step
     * @param approvals the decisions of the step's latest round
     * @param due when the current stay in the step is due, null when not current or without a due time
     */
    public record StepLine(int number, String name, boolean current, long elapsedMillis, List<Approval> approvals,
                           Instant due) {
    }

    /**
     * One assignee's decision.
     *
     * @param memberId the assignee
     * @param choice {@code waiting}, {@code approved}, {@code rejected} or {@code skipped}
     * @param decidedAt when, null while waiting
     */
    public record Approval(long memberId, String choice, Instant decidedAt) {
    }

    /**
     * One history entry as the page shows it.
     *
     * @param actorId who made the change
     * @param at when (UTC)
     * @param action the history action code, such as {@code field_changed}
     * @param fieldName the changed field's name, or null
     * @param oldValue the value before as text, empty when none
     * @param newValue the value after as text, empty when none
     */
    public record HistoryLine(long actorId, Instant at, String action, String fieldName, String oldValue,
                              String newValue) {
    }

    /**
     * What the viewer may do on the task.
     *
     * @param decide approve or reject the current step
     * @param returnBack send the task back to the previous step
     * @param reassign hand a current assignment to another member
     * @param edit change field values
     */
    public record Permissions(boolean decide, boolean returnBack, boolean reassign, boolean edit) {
    }
}
