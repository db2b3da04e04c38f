package io.potok.api.internal;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.potok.identity.CurrentMember;
import io.potok.tasks.Inbox;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code /inbox}: the tasks waiting for the caller, newest activity first.
 */
@RestController
@RequestMapping({ApiPaths.V4, ApiPaths.V4_SHORT})
@Tag(name = "Inbox")
class InboxApiController {

    private static final int MAX_ITEMS = 1000;

    private final Inbox inbox;

    InboxApiController(Inbox inbox) {
        this.inbox = inbox;
    }

    record TaskHeader(
            long id,
            String text,
            String subject,
            @JsonProperty("form_id") Long formId,
            @JsonProperty("current_step") Integer currentStep,
            @JsonProperty("is_closed") boolean closed,
            @JsonProperty("last_modified_date") String lastModifiedDate,
            @JsonProperty("due_date") String dueDate,
            String due) {
    }

    /** Pyrus groups inbox tasks by its own folders; Potok has none, so the list is always empty. */
    record InboxList(List<TaskHeader> tasks, @JsonProperty("task_groups") List<Object> taskGroups) {
    }

    @GetMapping("/inbox")
    @Operation(summary = "Tasks waiting for the caller: decisions, responsibilities and unread comments")
    InboxList inbox(CurrentMember caller,
                    @Parameter(description = "maximum number of tasks, 1 to 1000")
                    @RequestParam(name = "item_count", defaultValue = "100") int itemCount) {
        if (itemCount < 1 || itemCount > MAX_ITEMS) {
            throw new ApiFormats.InvalidApiValue("item_count", String.valueOf(itemCount));
        }
        List<TaskHeader> tasks = inbox.of(caller, itemCount).stream()
                .map(item -> new TaskHeader(item.taskId(), item.subject(), item.subject(), item.formId(),
                        item.currentStep(), item.closed(), ApiFormats.dateTime(item.lastActivityAt()),
                        ApiFormats.date(item.dueDate()), ApiFormats.dateTime(item.due())))
                .toList();
        return new InboxList(tasks, List.of());
    }
}
