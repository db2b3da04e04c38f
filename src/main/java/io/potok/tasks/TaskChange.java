package io.potok.tasks;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import tools.jackson.databind.JsonNode;

/**
 * One change to a task, in the shape of the API's {@code POST /tasks/{id}/comments} body. Every part is
 * optional. The parts present are applied together in one transaction, in this order: field updates,
 * due dates, subscribers, reassignment, the decision or action, then the comment with its attachments.
 *
 * @param expectedVersion the task version the client saw; null means the latest. On a stale version, field
 *        updates that touch fields changed since are rejected with {@link TaskChangedConcurrently}, other
 *        field updates are merged, and decisions are checked against the current state
 * @param text the comment text, may be null
 * @param fieldUpdates field objects in the API's write shape
 * @param approvalChoice approve or reject the current step, may be null
 * @param action finish or reopen the task, may be null
 * @param returnToPreviousStep send the task back to the step it was on before the current one
 * @param reassignTo hand the reassigned member's part to this member: their waiting approval on the current
 *        step, and the responsibility for the task; null for no reassignment
 * @param reassignFrom the assignee being replaced; null means the acting member
 * @param subscribersAdded members who start following the task
 * @param subscribersRemoved members who stop following the task
 * @param dueDate new due date, may be null
 * @param due new due date and time (UTC), may be null
 * @param cancelDue clear both due date and due time
 * @param attachmentGuids files uploaded by the actor and not yet attached, attached to the comment
 */
public record TaskChange(
        Integer expectedVersion,
        String text,
        List<JsonNode> fieldUpdates,
        Decision approvalChoice,
        Action action,
        boolean returnToPreviousStep,
        Long reassignTo,
        Long reassignFrom,
        Set<Long> subscribersAdded,
        Set<Long> subscribersRemoved,
        LocalDate dueDate,
        Instant due,
        boolean cancelDue,
        List<UUID> attachmentGuids) {

    public static final TaskChange NONE = new TaskChange(null, null, List.of(), null, null, false, null, null,
            Set.of(), Set.of(), null, null, false, List.of());

    public TaskChange {
        fieldUpdates = fieldUpdates == null ? List.of() : List.copyOf(fieldUpdates);
        subscribersAdded = subscribersAdded == null ? Set.of() : Set.copyOf(subscribersAdded);
        subscribersRemoved = subscribersRemoved == null ? Set.of() : Set.copyOf(subscribersRemoved);
        attachmentGuids = attachmentGuids == null ? List.of() : List.copyOf(attachmentGuids);
    }

    public static TaskChange comment(String text) {
        return NONE.withText(text);
    }

    public static TaskChange approve() {
        return NONE.withDecision(Decision.APPROVED);
    }

    public static TaskChange reject() {
        return NONE.withDecision(Decision.REJECTED);
    }

    public static TaskChange fields(List<JsonNode> updates) {
        return new TaskChange(null, null, updates, null, null, false, null, null, Set.of(), Set.of(), null, null,
                false, List.of());
    }

    public static TaskChange finish() {
        return NONE.withAction(Action.FINISHED);
    }

    public static TaskChange reopen() {
        return NONE.withAction(Action.REOPENED);
    }

    public static TaskChange returnToPrevious() {
        return new TaskChange(null, null, List.of(), null, null, true, null, null, Set.of(), Set.of(), null, null,
                false, List.of());
    }

    public static TaskChange reassign(Long from, long to) {
        return new TaskChange(null, null, List.of(), null, null, false, to, from, Set.of(), Set.of(), null, null,
                false, List.of());
    }

    public static TaskChange subscribe(Set<Long> added, Set<Long> removed) {
        return new TaskChange(null, null, List.of(), null, null, false, null, null, added, removed, null, null,
                false, List.of());
    }

    public static TaskChange dueOn(LocalDate date) {
        return new TaskChange(null, null, List.of(), null, null, false, null, null, Set.of(), Set.of(), date, null,
                false, List.of());
    }

    public TaskChange atVersion(Integer version) {
        return new TaskChange(version, text, fieldUpdates, approvalChoice, action, returnToPreviousStep, reassignTo,
                reassignFrom, subscribersAdded, subscribersRemoved, dueDate, due, cancelDue, attachmentGuids);
    }

    public TaskChange withText(String newText) {
        return new TaskChange(expectedVersion, newText, fieldUpdates, approvalChoice, action, returnToPreviousStep,
                reassignTo, reassignFrom, subscribersAdded, subscribersRemoved, dueDate, due, cancelDue,
                attachmentGuids);
    }

    public TaskChange withFieldUpdates(List<JsonNode> updates) {
        return new TaskChange(expectedVersion, text, updates, approvalChoice, action, returnToPreviousStep,
                reassignTo, reassignFrom, subscribersAdded, subscribersRemoved, dueDate, due, cancelDue,
                attachmentGuids);
    }

    public TaskChange withDecision(Decision decision) {
        return new TaskChange(expectedVersion, text, fieldUpdates, decision, action, returnToPreviousStep,
                reassignTo, reassignFrom, subscribersAdded, subscribersRemoved, dueDate, due, cancelDue,
                attachmentGuids);
    }

    public TaskChange withAction(Action newAction) {
        return new TaskChange(expectedVersion, text, fieldUpdates, approvalChoice, newAction, returnToPreviousStep,
                reassignTo, reassignFrom, subscribersAdded, subscribersRemoved, dueDate, due, cancelDue,
                attachmentGuids);
    }

    public TaskChange withAttachments(List<UUID> guids) {
        return new TaskChange(expectedVersion, text, fieldUpdates, approvalChoice, action, returnToPreviousStep,
                reassignTo, reassignFrom, subscribersAdded, subscribersRemoved, dueDate, due, cancelDue, guids);
    }

    /**
     * A decision on the current step, the API's {@code approval_choice}.
     */
    public enum Decision {
        APPROVED, REJECTED;

        public String wireName() {
            return name().toLowerCase();
        }
    }

    /**
     * The API's {@code action}: {@code finished} closes the task, {@code reopened} opens a closed one.
     */
    public enum Action {
        FINISHED, REOPENED;

        public String wireName() {
            return name().toLowerCase();
        }
    }
}
