package io.potok.forms;

import java.util.List;
import java.util.Optional;
import java.util.Set;

import io.potok.identity.CurrentMember;

/**
 * Stores forms with all their versions and decides who may use them.
 */
public interface Forms {

    /** Finds the current version of a form of the organisation. */
    Optional<Form> find(long orgId, long formId);

    /** Finds a given version; tasks keep the version they were created with. */
    Optional<Form> findVersion(long orgId, long formId, int version);

    /** Returns the current version of every form of the organisation, archived ones included. */
    List<Form> list(long orgId);

    /** Creates a form at version 1. */
    Form create(long orgId, String name, FormDefinition definition, Long publishedBy);

    /** Publishes the definition as the form's next version and returns it. */
    Form publish(long orgId, long formId, FormDefinition definition, Long publishedBy);

    void grant(long orgId, long formId, FormGrant grant);

    /** Returns the member's highest access level to the form, counting every grant that applies. */
    AccessLevel accessLevel(CurrentMember member, long formId);

    /** Returns the ids of the forms on which the member has at least the given level. */
    Set<Long> formIdsWithLevel(CurrentMember member, AccessLevel atLeast);
}
