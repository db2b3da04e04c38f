package io.potok.automation.web;

import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import io.potok.forms.FieldDefinition;
import io.potok.forms.FieldType;
import io.potok.forms.Form;
import io.potok.forms.FormDefinition;
import io.potok.forms.ScheduleDefinition;
import io.potok.identity.Member;

/**
 * The content of a form's schedules page: the draft's schedules with their next dates, the schedule being
 * edited, and the choices the editor offers.
 *
 * @param form the form's current version
 * @param draft the draft definition, or the current one when nobody has started a draft
 * @param hasDraft whether a saved draft exists
 * @param rows the draft's schedules with a preview of their next dates
 * @param editing the schedule open in the editor, or null for a new one
 * @param members the organisation's active members, for the responsible member
 * @param catalogs the organisation's live catalogs, for per-record schedules
 * @param publishedVersion the version just published, or null
 * @param problems the reasons the last publish failed, already translated
 */
public record SchedulesPage(Form form, FormDefinition draft, boolean hasDraft, List<Row> rows,
                            ScheduleDefinition editing, List<Member> members, List<CatalogChoice> catalogs,
                            Integer publishedVersion, List<String> problems) {

    private static final Set<FieldType> VALUE_TYPES = EnumSet.of(FieldType.TEXT, FieldType.NUMBER, FieldType.MONEY,
            FieldType.EMAIL, FieldType.PHONE, FieldType.DATE);

    /** Lists the top-level fields whose value a recurring schedule can set from a plain text input. */
    static List<FieldDefinition> valueFields(FormDefinition definition) {
        return definition.fields().stream().filter(field -> VALUE_TYPES.contains(field.type())).toList();
    }

    public List<FieldDefinition> valueFields() {
        return valueFields(draft);
    }

    /** Lists the draft's catalog fields, which a per-record schedule can fill with the item. */
    public List<FieldDefinition> catalogFields() {
        return draft.allFields().filter(field -> field.type() == FieldType.CATALOG).toList();
    }

    /** Returns the value the edited schedule gives the field, or an empty string. */
    public String editedValue(int fieldId) {
        if (editing == null) {
            return "";
        }
        return editing.fields().stream()
                .filter(value -> value.path("id").asInt(-1) == fieldId)
                .map(value -> value.path("value").asString(""))
                .findFirst().orElse("");
    }

    public boolean perRecord() {
        return editing != null && editing.kind() == ScheduleDefinition.Kind.PER_RECORD;
    }

    /**
     * One schedule of the draft.
     *
     * @param schedule the schedule
     * @param nextDates its next occurrences (recurring schedules only), at most five
     */
    public record Row(ScheduleDefinition schedule, List<Instant> nextDates) {
    }

    /**
     * A catalog the per-record editor offers.
     *
     * @param id catalog id
     * @param name catalog name
     * @param columns the catalog's column names
     */
    public record CatalogChoice(long id, String name, List<String> columns) {
    }
}
