package io.potok.demo.internal;

import java.time.Instant;
import java.util.List;

import io.potok.tasks.TaskChange;
import tools.jackson.databind.JsonNode;

/**
 * One generated past task: who created it, when, with which field values, and the changes made to it
 * afterwards. Members are named by the part of their email before {@code @}, so that a plan fits any copy
 * of the demo team.
 *
 * @param author the author's email local part, such as {@code retail2}
 * @param createdAt the creation time
 * @param fields field objects in the API's write shape
 * @param changes the later changes, oldest first
 */
record TaskPlan(String author, Instant createdAt, List<JsonNode> fields, List<PlannedChange> changes) {

    /**
     * A change to apply to the task as a member at a past time.
     *
     * @param actor the actor's email local part
     * @param at the time recorded for the change
     * @param change the change
     */
    record PlannedChange(String actor, Instant at, TaskChange change) {
    }
}
