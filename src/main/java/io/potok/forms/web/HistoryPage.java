package io.potok.forms.web;

import java.time.Instant;
import java.util.List;

import io.potok.forms.Form;

/**
 * The history of changes to a form.
 *
 * @param form the form at its current version
 * @param entries the changes, newest first
 */
public record HistoryPage(Form form, List<Entry> entries) {

    /**
     * One change.
     *
     * @param action the stored action, such as {@code published}
     * @param text what happened, translated
     * @param member who did it; empty for changes Potok made itself
     * @param at when
     */
    public record Entry(String action, String text, String member, Instant at) {
    }
}
