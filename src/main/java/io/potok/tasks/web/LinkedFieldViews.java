package io.potok.tasks.web;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

import io.potok.forms.FieldDefinition;
import io.potok.forms.FieldType;
import io.potok.forms.FormDefinition;
import io.potok.forms.LinkedRecords;
import io.potok.forms.LinkedRecords.LinkedTask;
import io.potok.tasks.TaskLists;
import io.potok.tasks.TaskView.AttachmentView;
import io.potok.tasks.web.FieldView.Linked;
import org.springframework.stereotype.Component;

/**
 * Looks up what form_link, file and project fields show: the subjects of linked tasks, the files with
 * their versions, and the organisation's task lists.
 */
@Component
class LinkedFieldViews {

    private final LinkedRecords records;
    private final TaskLists lists;

    LinkedFieldViews(LinkedRecords records, TaskLists lists) {
        this.records = records;
        this.lists = lists;
    }

    /** Loads the lists once per page, and only for a form that has a project field. */
    Context context(long orgId, FormDefinition form, List<AttachmentView> attachments) {
        boolean hasProject = form.allFields().anyMatch(field -> field.type() == FieldType.PROJECT);
        return new Context(orgId, records, attachments, hasProject ? lists.list(orgId) : List.of());
    }

    /**
     * The records one page needs to build the linked parts of its field views.
     *
     * @param attachments the task's files, empty on the new-task page
     * @param lists the organisation's task lists, empty when the form has no project field
     */
    record Context(long orgId, LinkedRecords records, List<AttachmentView> attachments,
                   List<TaskLists.TaskList> lists) {

        static final Context NONE = new Context(0, null, List.of(), List.of());

        /** Returns the linked part of a field's view; the values are the ids the page posts for it. */
        Linked of(FieldDefinition field, List<String> values) {
            switch (field.type()) {
                case FORM_LINK:
                    return new Linked(tasks(values), List.of(), List.of(), List.of());
                case FILE:
                    return files(field, values);
                case PROJECT:
                    return new Linked(List.of(), List.of(), List.of(), lists);
                default:
                    return Linked.NONE;
            }
        }

        private List<LinkedTask> tasks(List<String> values) {
            List<Long> ids = ids(values);
            if (ids.isEmpty() || records == null) {
                return List.of();
            }
            Map<Long, LinkedTask> found = records.tasks(orgId, ids);
            return ids.stream().map(id -> found.getOrDefault(id, new LinkedTask(id, null, "#" + id))).toList();
        }

        private Linked files(FieldDefinition field, List<String> values) {
            List<Long> ids = ids(values);
            List<AttachmentView> current = new ArrayList<>();
            for (Long id : ids) {
                attachments.stream().filter(file -> file.id() == id).findFirst().ifPresent(current::add);
            }
            List<AttachmentView> earlier = attachments.stream()
                    .filter(file -> Integer.valueOf(field.id()).equals(file.fieldId()) && !ids.contains(file.id()))
                    .sorted(Comparator.comparingLong(AttachmentView::id).reversed())
                    .toList();
            return new Linked(List.of(), current, earlier, List.of());
        }

        private static List<Long> ids(List<String> values) {
            return values.stream().filter(value -> value.matches("\\d{1,18}")).map(Long::valueOf).toList();
        }
    }
}
