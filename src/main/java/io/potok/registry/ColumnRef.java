package io.potok.registry;

/**
 * A column of a form's registry: one of the task's own columns, or a form field by id.
 *
 * @param system the task column, or {@code null} for a field
 * @param fieldId the field id, or {@code null} for a task column
 */
public record ColumnRef(TaskColumn system, Integer fieldId) {

    public static final ColumnRef TASK_ID = new ColumnRef(TaskColumn.TASK_ID, null);
    public static final ColumnRef CREATED = new ColumnRef(TaskColumn.CREATED, null);
    public static final ColumnRef MODIFIED = new ColumnRef(TaskColumn.MODIFIED, null);
    public static final ColumnRef CLOSED_AT = new ColumnRef(TaskColumn.CLOSED_AT, null);
    public static final ColumnRef STEP = new ColumnRef(TaskColumn.STEP, null);
    public static final ColumnRef STATUS = new ColumnRef(TaskColumn.STATUS, null);
    public static final ColumnRef RESPONSIBLE = new ColumnRef(TaskColumn.RESPONSIBLE, null);
    public static final ColumnRef AUTHOR = new ColumnRef(TaskColumn.AUTHOR, null);
    public static final ColumnRef SUBJECT = new ColumnRef(TaskColumn.SUBJECT, null);

    public ColumnRef {
        if ((system == null) == (fieldId == null)) {
            throw new IllegalArgumentException("A column is either a task column or a field");
        }
    }

    public static ColumnRef field(int fieldId) {
        return new ColumnRef(null, fieldId);
    }

    public boolean isField() {
        return fieldId != null;
    }

    /**
     * The task's own columns, present in every registry.
     * {@code STATUS} takes the values {@code open} and {@code closed}.
     */
    public enum TaskColumn {
        TASK_ID, CREATED, MODIFIED, CLOSED_AT, STEP, STATUS, RESPONSIBLE, AUTHOR, SUBJECT
    }
}
