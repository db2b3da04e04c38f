package io.potok.tasks;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.potok.identity.Member;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;

/**
 * The full read model of a task: what {@code GET /tasks/{id}} returns and the task page shows.
 *
 * @param id task id
 * @param orgId organisation id
 * @param formId the form, null for a simple task
 * @param formVersion the form version the task follows, null for a simple task
 * @param formName the form's name, null for a simple task
 * @param text the simple task's text, may be null
 * @param subject the task's subject
 * @param authorId who created the task
 * @param responsibleId who is responsible, may be null
 * @param createdAt creation time (UTC)
 * @param modifiedAt time of the last change (UTC)
 * @param closedAt closing time, null while open
 * @param dueDate due date, may be null
 * @param due due date and time, may be null
 * @param fields the field values rendered as the API's field objects, empty for a simple task
 * @param currentStep the step the task waits on, null for a simple or closed task
 * @param closed whether the task is closed
 * @param resolution {@code approved} or {@code rejected} for a form task closed on its route, else null
 * @param version the task's version, to send back with a change
 * @param steps every step of the route the task visited or waits on, in step order
 * @param comments comments, oldest first
 * @param history every change, oldest first
 * @param subscriberIds members following the task
 * @param participantIds everyone taking part: author, responsible, approvers, subscribers, participants
 * @param attachments files attached to the task or its comments
 * @param people every member the view refers to, keyed by id, to render names
 * @param parentTaskId the parent task, may be null
 */
public record TaskView(
        long id,
        long orgId,
        Long formId,
        Integer formVersion,
        String formName,
        String text,
        String subject,
        long authorId,
        Long responsibleId,
        Instant createdAt,
        Instant modifiedAt,
        Instant closedAt,
        LocalDate dueDate,
        Instant due,
        ArrayNode fields,
        Integer currentStep,
        boolean closed,
        String resolution,
        int version,
        List<StepView> steps,
        List<CommentView> comments,
        List<HistoryEntry> history,
        List<Long> subscriberIds,
        List<Long> participantIds,
        List<AttachmentView> attachments,
        Map<Long, Member> people,
        Long parentTaskId) {

    /**
     * A route step as the task went through it.
     *
     * @param step the step number
     * @param name the step name
     * @param elapsedMillis total time the task spent in the step over all its stays, up to now for the current
     * @param current whether the task waits on this step now
     * @param approvals every decision and pending request on the step, oldest round first
     * @param due when the task's current stay in the step is due (UTC); null for other steps and for steps
     *        with no due time
     */
    public record StepView(int step, String name, long elapsedMillis, boolean current, List<ApprovalView> approvals,
                           Instant due) {
    }

    /**
     * One assignee's decision on one stay (round) in a step.
     *
     * @param memberId the assignee
     * @param choice {@code waiting}, {@code approved}, {@code rejected}, or {@code skipped} when the task left the
     *        step before this assignee decided
     * @param round the stay it belongs to; rounds grow with every step entered
     * @param decidedAt when the answer was given, null while waiting
     * @param automatic whether it was recorded automatically because the author created the task on a step
     *        they decide
     */
    public record ApprovalView(long memberId, String choice, int round, Instant decidedAt, boolean automatic) {
    }

    /**
     * A comment. Every change makes one, and {@code changes} lists what it changed.
     *
     * @param id comment id
     * @param authorId who made the change
     * @param text the comment text, may be null
     * @param createdAt when (UTC)
     * @param changes what the change did, in the API's comment shape ({@code approval_choice},
     *        {@code field_updates}, {@code action}, ...)
     * @param attachments files attached with the comment
     */
    public record CommentView(long id, long authorId, String text, Instant createdAt, JsonNode changes,
                              List<AttachmentView> attachments) {
    }

    /**
     * One entry of the task's history.
     *
     * @param id entry id, growing with time
     * @param actorId who made the change
     * @param at when (UTC)
     * @param action what happened: {@code created}, {@code field_changed}, {@code approved},
     *        {@code rejected}, {@code auto_approved}, {@code step_entered}, {@code returned},
     *        {@code reassigned}, {@code closed}, {@code reopened}, {@code subscriber_added},
     *        {@code subscriber_removed}, {@code due_changed}, {@code attachment_added}, {@code commented}
     * @param fieldId the field changed, or null
     * @param fieldName the field's name at the time, or null
     * @param oldValue the value before (stored JSON), null when empty or not about a value
     * @param newValue the value after (stored JSON), null when empty or not about a value
     * @param commentId the comment made by the same change
     */
    public record HistoryEntry(long id, long actorId, Instant at, String action, Integer fieldId, String fieldName,
                               JsonNode oldValue, JsonNode newValue, Long commentId) {
    }

    /**
     * An attached file.
     *
     * @param id attachment id, as in the API's download URL
     * @param guid the id returned on upload
     * @param name file name
     * @param size size in bytes
     * @param md5 MD5 of the content, hex
     * @param contentType media type as uploaded, may be null
     * @param commentId the comment it came with, may be null
     * @param fieldId the file field (or table column) it was put in, null for a file of the task or a comment
     * @param version its version within the field, 1 for a first version
     * @param previousId the attachment it replaced as the next version, null for a first version
     */
    public record AttachmentView(long id, UUID guid, String name, long size, String md5, String contentType,
                                 Long commentId, Integer fieldId, int version, Long previousId) {
    }
}
