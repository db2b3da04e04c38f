package io.potok.tasks.web;

import java.util.List;
import java.util.Map;

import io.potok.forms.Form;
import io.potok.identity.Member;
import io.potok.tasks.web.FieldView.RowView;

/**
 * The content of the new-task page: the form picker with a simple task, or the fields of one form.
 *
 * @param form the chosen form, or null for a simple task
 * @param fields the form's field views, empty for a simple task
 * @param templateRows per table field id, the row "add row" copies
 * @param members the members a person field or the responsible can name
 * @param forms the forms the member may create tasks from, for the picker
 * @param simple what was typed into a simple task
 * @param error a message that belongs to no single field, or null
 */
public record NewTaskPage(Form form, List<FieldView> fields, Map<Integer, RowView> templateRows,
                          List<Member> members, List<Form> forms, SimpleTask simple, String error) {

    public RowView templateRow(int tableId) {
        return templateRows.get(tableId);
    }

    /**
     * A simple task as typed, with the messages of rejected values.
     *
     * @param text the task text
     * @param responsibleId the chosen member id as posted, may be empty
     * @param due the due date as posted ({@code yyyy-MM-dd}), may be empty
     * @param errors translated messages by input name: {@code text}, {@code responsible}, {@code due}
     */
    public record SimpleTask(String text, String responsibleId, String due, Map<String, String> errors) {

        public static SimpleTask blank() {
            return new SimpleTask("", "", "", Map.of());
        }

        public String error(String input) {
            return errors.get(input);
        }
    }
}
