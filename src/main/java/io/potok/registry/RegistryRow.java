package io.potok.registry;

import java.time.Instant;
import java.util.Map;

/**
 * One task of a registry page.
 *
 * @param taskId task id
 * @param subject the task's subject
 * @param createdAt creation time (UTC)
 * @param modifiedAt last change (UTC)
 * @param closedAt closing time, null while open
 * @param currentStep the current step, null when closed
 * @param closed whether the task is closed
 * @param authorId author
 * @param responsibleId responsible member, may be null
 * @param values the requested field columns that have a value, keyed by field id: {@link String} for text,
 *        email, phone, checkmark and flag; {@link java.math.BigDecimal} for number and money;
 *        {@link java.time.LocalDate} for date and due_date; {@link Instant} for due_date_time;
 *        {@link java.time.LocalTime} for time; {@link Integer} (choice id) or {@code List<Integer>} for
 *        multiple_choice; {@link Long} (member id) for person; {@link CatalogValue} for catalog;
 *        {@link ReferencesValue} for form_link (task ids), file (attachment ids) and project (list ids)
 */
public record RegistryRow(long taskId, String subject, Instant createdAt, Instant modifiedAt, Instant closedAt,
                          Integer currentStep, boolean closed, long authorId, Long responsibleId,
                          Map<Integer, Object> values) {

    /**
     * The value of a catalog field.
     *
     * @param itemId the catalog item
     * @param text the item's key, as the registry filters and sorts it
     */
    public record CatalogValue(long itemId, String text) {
    }

    /**
     * The value of a form_link, file or project field.
     *
     * @param ids the linked task ids, the attachment ids of the files, or the task list ids
     * @param text the subjects, file names or list names as the task page shows them, comma-separated. It is
     *        written when the task is saved, so a later rename of a linked task or list shows only after the
     *        next save of this task
     */
    public record ReferencesValue(java.util.List<Long> ids, String text) {
    }
}
