package io.potok.tasks;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import tools.jackson.databind.JsonNode;

/**
 * A request to create a task, in the shape of the API's {@code POST /tasks}: either a form task
 * ({@code formId} and {@code fields}) or a simple task ({@code text}, {@code responsibleId}, {@code dueDate}).
 *
 * @param formId the form, null for a simple task
 * @param fields field objects in the API's write shape ({@code id}, {@code name} or {@code code} with
 *        {@code value}); empty for a simple task
 * @param text the simple task's text, or a first comment on a form task; may be null
 * @param responsibleId who is responsible, may be null
 * @param dueDate due date, may be null
 * @param due due date and time (UTC), may be null
 * @param participantIds members who take part in a simple task
 * @param subscriberIds members who follow the task
 * @param attachmentGuids files uploaded by the author through {@link Attachments} and not yet attached
 * @param parentTaskId the parent task, may be null
 */
public record NewTask(
        Long formId,
        List<JsonNode> fields,
        String text,
        Long responsibleId,
        LocalDate dueDate,
        Instant due,
        Set<Long> participantIds,
        Set<Long> subscriberIds,
        List<UUID> attachmentGuids,
        Long parentTaskId) {

    public NewTask {
        fields = fields == null ? List.of() : List.copyOf(fields);
        participantIds = participantIds == null ? Set.of() : Set.copyOf(participantIds);
        subscriberIds = subscriberIds == null ? Set.of() : Set.copyOf(subscriberIds);
        attachmentGuids = attachmentGuids == null ? List.of() : List.copyOf(attachmentGuids);
    }

    /** Creates a request for a task on a form with the given field objects. */
    public static NewTask onForm(long formId, List<JsonNode> fields) {
        return new NewTask(formId, fields, null, null, null, null, Set.of(), Set.of(), List.of(), null);
    }

    /** Creates a request for a simple task; the responsible member and the due date may be null. */
    public static NewTask simple(String text, Long responsibleId, LocalDate dueDate) {
        return new NewTask(null, List.of(), text, responsibleId, dueDate, null, Set.of(), Set.of(), List.of(), null);
    }

    public NewTask withText(String newText) {
        return new NewTask(formId, fields, newText, responsibleId, dueDate, due, participantIds, subscriberIds,
                attachmentGuids, parentTaskId);
    }

    public NewTask withParticipants(Set<Long> members) {
        return new NewTask(formId, fields, text, responsibleId, dueDate, due, members, subscriberIds,
                attachmentGuids, parentTaskId);
    }

    public NewTask withSubscribers(Set<Long> members) {
        return new NewTask(formId, fields, text, responsibleId, dueDate, due, participantIds, members,
                attachmentGuids, parentTaskId);
    }

    public NewTask withAttachments(List<UUID> guids) {
        return new NewTask(formId, fields, text, responsibleId, dueDate, due, participantIds, subscriberIds, guids,
                parentTaskId);
    }

    public boolean isFormTask() {
        return formId != null;
    }
}
