package io.potok.forms;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonValue;
import tools.jackson.databind.JsonNode;

/**
 * Creates tasks on the form by itself: either a recurring task on a {@link Recurrence}, or a per-record
 * cadence, where every item of a catalog with a cadence gets a task when its next date is due.
 *
 * @param id stable identifier within the form, kept across versions
 * @param name what the administrator calls the schedule
 * @param enabled a disabled schedule creates nothing
 * @param kind recurring or per record
 * @param recurrence for {@code recurring}: when tasks are created
 * @param fields for {@code recurring}: the new task's field values in the API's write shape
 * @param responsible for {@code recurring}: who is responsible for each new task, or null
 * @param cadence for {@code per_record}: where the records and their cadences are
 */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record ScheduleDefinition(String id, String name, boolean enabled, Kind kind, Recurrence recurrence,
                                 List<JsonNode> fields, RouteDefinition.Assignees responsible, Cadence cadence) {

    public ScheduleDefinition {
        fields = fields == null ? List.of() : List.copyOf(fields);
    }

    /** The two ways a schedule creates tasks. */
    public enum Kind {
        RECURRING, PER_RECORD;

        @JsonValue
        public String wireName() {
            return name().toLowerCase();
        }

        @JsonCreator
        public static Kind fromWireName(String name) {
            return valueOf(name.toUpperCase());
        }
    }

    /**
     * A per-record cadence: each item of the catalog whose cadence column holds {@code monthly},
     * {@code quarterly} or {@code half_yearly} (or their labels in the user's language) gets a task on this
     * form when its next date is due; the next date counts from the item's last task closed on this form.
     *
     * @param catalogId the catalog of records, such as the clients
     * @param cadenceColumn the column holding each record's cadence
     * @param managerColumn the member column naming who gets the task
     * @param itemFieldId the form's catalog field that takes the record
     * @param time the time of day tasks are created, in the organisation's time zone, as {@code HH:mm}
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Cadence(long catalogId, String cadenceColumn, String managerColumn, int itemFieldId, String time) {
    }
}
