package io.potok.api.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.potok.identity.CurrentMember;
import io.potok.tasks.TaskLists;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code /lists}: the task lists of the caller's organisation, top-level lists with their children nested.
 */
@RestController
@RequestMapping({ApiPaths.V4, ApiPaths.V4_SHORT})
@Tag(name = "Lists")
class ListsApiController {

    private final TaskLists lists;

    ListsApiController(TaskLists lists) {
        this.lists = lists;
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    record ListJson(long id, String name, @JsonProperty("parent_id") Long parentId, List<ListJson> children) {
    }

    record ListsResponse(List<ListJson> lists) {
    }

    @GetMapping("/lists")
    @Operation(summary = "Task lists of the caller's organisation, each with its child lists")
    ListsResponse list(CurrentMember caller) {
        List<TaskLists.TaskList> all = lists.list(caller.orgId());
        Map<Long, List<TaskLists.TaskList>> byParent = all.stream().filter(list -> list.parentId() != null)
                .collect(Collectors.groupingBy(TaskLists.TaskList::parentId));
        List<ListJson> roots = all.stream().filter(list -> list.parentId() == null)
                .map(list -> tree(list, byParent)).toList();
        return new ListsResponse(roots);
    }

    private static ListJson tree(TaskLists.TaskList list, Map<Long, List<TaskLists.TaskList>> byParent) {
        List<ListJson> children = new ArrayList<>();
        for (TaskLists.TaskList child : byParent.getOrDefault(list.id(), List.of())) {
            children.add(tree(child, byParent));
        }
        return new ListJson(list.id(), list.name(), list.parentId(), children);
    }
}
