package io.potok.registry.web;

import java.util.List;
import java.util.Set;

import io.potok.forms.FieldDefinition;
import io.potok.forms.Form;
import io.potok.identity.Member;

/**
 * The content of the registry page.
 *
 * @param form the form
 * @param fields every field a column can show or a filter can test, in form order
 * @param shown the field columns of the table
 * @param rows the rows of this page
 * @param state the filters, sort and cursor of the page, as URL parameters
 * @param nextCursor the cursor of the next page, or null on the last page
 * @param members the active members, for the responsible filter
 * @param error the message of a filter the registry could not use, or null
 * @param archived ids of the fields only earlier form versions have; tasks of those versions keep their values
 */
public record RegistryPage(Form form, List<FieldDefinition> fields, List<FieldDefinition> shown, List<Row> rows,
                           RegistryParameters state, String nextCursor, List<Member> members, String error,
                           Set<Integer> archived) {

    public RegistryPage {
        archived = Set.copyOf(archived);
    }

    /** Returns the fields of the form's current version, in form order. */
    public List<FieldDefinition> currentFields() {
        return fields.stream().filter(field -> !archived.contains(field.id())).toList();
    }

    /** Returns the fields only earlier versions have, in form order. */
    public List<FieldDefinition> archivedFields() {
        return fields.stream().filter(field -> archived.contains(field.id())).toList();
    }

    /** Returns how many shown columns belong to current fields; the archived ones follow them. */
    public int shownCurrentCount() {
        return (int) shown.stream().filter(field -> !archived.contains(field.id())).count();
    }

    public int shownArchivedCount() {
        return shown.size() - shownCurrentCount();
    }

    public String path() {
        return "/forms/" + form.id() + "/registry";
    }

    /**
     * One task row with its cells as text.
     *
     * @param taskId task id
     * @param subject subject
     * @param step step name, empty when closed
     * @param status translated status
     * @param created creation time as text
     * @param closed closing time as text, empty while open
     * @param responsible responsible member's name
     * @param cells the shown field columns' texts, in {@code shown} order
     */
    public record Row(long taskId, String subject, String step, String status, String created, String closed,
                      String responsible, List<String> cells) {
    }
}
