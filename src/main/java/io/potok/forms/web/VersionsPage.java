package io.potok.forms.web;

import java.time.Instant;
import java.util.List;

import io.potok.forms.Form;

/**
 * The versions page of a form.
 *
 * @param form the form at its current version
 * @param versions every version, newest first
 * @param restoredFrom after a restore, the version that was published again; null otherwise
 */
public record VersionsPage(Form form, List<Row> versions, Integer restoredFrom) {

    /** Returns the version compared with the current one by default: the one before it, or the only one. */
    public int previousVersion() {
        return Math.max(1, form.version() - 1);
    }

    /**
     * One version.
     *
     * @param version the version number
     * @param publishedBy the publishing member's name; empty for versions Potok wrote itself
     * @param publishedAt when it was published
     * @param current whether it is the form's current version
     */
    public record Row(int version, String publishedBy, Instant publishedAt, boolean current) {
    }
}
