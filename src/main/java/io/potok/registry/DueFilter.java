package io.potok.registry;

/**
 * Pyrus's {@code due_filter}: {@code OVERDUE} selects open tasks whose due date or date-time has passed,
 * {@code PAST_DUE} selects tasks whose due date has passed whether open or closed. {@code OVERDUE_ON_STEP}
 * selects the same tasks as {@code OVERDUE} for now, because task snapshots carry no due time per step.
 */
public enum DueFilter {
    OVERDUE, OVERDUE_ON_STEP, PAST_DUE
}
