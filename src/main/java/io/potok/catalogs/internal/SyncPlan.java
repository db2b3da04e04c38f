package io.potok.catalogs.internal;

import java.util.ArrayList;
import java.util.List;

/**
 * The changes a sync or a diff makes, computed before anything is written so that a dry run reports exactly
 * what applying would do.
 */
final class SyncPlan {

    final ColumnChange columns;
    /** Rows whose key no item has, in input order. */
    final List<List<String>> inserts = new ArrayList<>();
    /** Archived items that come back, with their new values. */
    final List<StoredItem> restores = new ArrayList<>();
    /** Live items whose values change, with their new values. */
    final List<StoredItem> updates = new ArrayList<>();
    /** Live items to archive, with their current values. */
    final List<StoredItem> archives = new ArrayList<>();

    SyncPlan(ColumnChange columns) {
        this.columns = columns;
    }

    /** Files one normalised row against the item stored under its key, or null when there is none. */
    void upsert(List<String> row, StoredItem stored) {
        if (stored == null) {
            inserts.add(row);
        } else if (stored.deleted()) {
            restores.add(new StoredItem(stored.id(), stored.key(), row, false));
        } else if (!stored.values().equals(row)) {
            updates.add(new StoredItem(stored.id(), stored.key(), row, false));
        }
    }

    void archive(StoredItem stored) {
        if (!stored.deleted()) {
            archives.add(new StoredItem(stored.id(), stored.key(), stored.values(), true));
        }
    }

    boolean changesAnything() {
        return columns.headersChanged() || !inserts.isEmpty() || !restores.isEmpty() || !updates.isEmpty()
                || !archives.isEmpty();
    }
}
