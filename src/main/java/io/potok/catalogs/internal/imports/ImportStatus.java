package io.potok.catalogs.internal.imports;

/**
 * The step a catalog import is in: uploaded and being mapped, checked and waiting for confirmation, queued
 * for the background run, running, or ended.
 */
public enum ImportStatus {
    UPLOADED,
    CHECKED,
    QUEUED,
    RUNNING,
    FINISHED,
    FAILED;

    /** Returns whether the administrator may still change the file settings and the mapping. */
    public boolean isEditable() {
        return this == UPLOADED || this == CHECKED;
    }

    /** Returns whether the background run has yet to end. */
    public boolean isInProgress() {
        return this == QUEUED || this == RUNNING;
    }
}
