package io.potok.registry.web;

import java.util.List;

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
 */
public record RegistryPage(Form form, List<FieldDefinition> fields, List<FieldDefinition> shown, List<Row> rows,
                           RegistryParameters state, String nextCursor, List<Member> members, String error) {

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
