package io.potok.forms;

import java.time.Instant;

/**
 * One change to a form: created, published, renamed, archived, restored, or any later kind of change.
 *
 * @param action what happened, such as {@code published}
 * @param detail what changed, as plain text (the new name, the version number); may be empty
 * @param memberId who did it; null for changes made by Potok itself
 * @param at when it happened
 */
public record FormHistoryEntry(String action, String detail, Long memberId, Instant at) {
}
