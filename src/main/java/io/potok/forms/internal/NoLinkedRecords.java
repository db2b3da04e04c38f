package io.potok.forms.internal;

import java.util.Collection;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import io.potok.forms.LinkedRecords;

/**
 * Finds no linked records, for a codec used without the tasks module.
 */
enum NoLinkedRecords implements LinkedRecords {
    INSTANCE;

    @Override
    public Map<Long, LinkedTask> tasks(long orgId, Collection<Long> taskIds) {
        return Map.of();
    }

    @Override
    public Optional<LinkedFile> file(long orgId, long attachmentId) {
        return Optional.empty();
    }

    @Override
    public Optional<LinkedFile> file(long orgId, UUID guid) {
        return Optional.empty();
    }

    @Override
    public Map<Long, String> listNames(long orgId, Collection<Long> listIds) {
        return Map.of();
    }
}
