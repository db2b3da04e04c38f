package io.potok.tasks.internal;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import io.potok.forms.FieldDefinition;
import io.potok.identity.Member;
import io.potok.identity.Members;
import io.potok.tasks.TaskChange;
import io.potok.tasks.TaskChangedConcurrently;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;

/**
 * Rejects a stale change whose field updates touch fields changed after the version the client saw. Updates
 * to other fields are let through, which merges them field by field with the changes made since.
 */
@Component
class ConcurrencyGuard {

    private final JournalStore journals;
    private final Members members;

    ConcurrencyGuard(JournalStore journals, Members members) {
        this.journals = journals;
        this.members = members;
    }

    /** @throws TaskChangedConcurrently listing the fields changed since and who changed them */
    void check(Operation operation, TaskChange change) {
        Integer seen = change.expectedVersion();
        if (seen == null || seen >= operation.task.version || change.fieldUpdates().isEmpty()
                || operation.form == null) {
            return;
        }
        List<JournalStore.FieldChangeSince> conflicts = journals.fieldChangesSince(operation.task.id, seen,
                touchedFieldIds(operation, change.fieldUpdates()));
        if (!conflicts.isEmpty()) {
            throw new TaskChangedConcurrently(operation.task.id, seen, describe(operation.orgId, conflicts));
        }
    }

    private static Set<Integer> touchedFieldIds(Operation operation, List<JsonNode> updates) {
        Set<Integer> ids = new LinkedHashSet<>();
        for (JsonNode update : updates) {
            reference(update).flatMap(operation.form.definition()::fieldByReference)
                    .map(FieldDefinition::id).ifPresent(ids::add);
        }
        return ids;
    }

    private static Optional<String> reference(JsonNode update) {
        for (String key : List.of("id", "code", "name")) {
            JsonNode value = update.get(key);
            if (value != null && !value.isNull()) {
                return Optional.of(value.asString());
            }
        }
        return Optional.empty();
    }

    private String describe(long orgId, List<JournalStore.FieldChangeSince> conflicts) {
        Map<Long, Member> people = members.findAll(orgId,
                conflicts.stream().map(JournalStore.FieldChangeSince::actorId).collect(Collectors.toSet()));
        return conflicts.stream()
                .map(conflict -> conflict.fieldName() + " (" + nameOf(people, conflict.actorId()) + ")")
                .distinct()
                .collect(Collectors.joining(", "));
    }

    private static String nameOf(Map<Long, Member> people, long memberId) {
        Member member = people.get(memberId);
        return member == null ? "#" + memberId : member.displayName();
    }
}
