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

    /**
     * Creates a form at version 1.
     *
     * @throws FormDefinitionInvalid when a {@link DefinitionCheck} refuses the definition
     */
    Form create(long orgId, String name, FormDefinition definition, Long publishedBy);

    /**
     * Publishes the definition as the form's next version and returns it.
     *
     * @throws FormDefinitionInvalid when a {@link DefinitionCheck} refuses the definition
     */
    Form publish(long orgId, long formId, FormDefinition definition, Long publishedBy);

    /** Renames the form; tasks and versions keep their values. */
    void rename(long orgId, long formId, String name, long memberId);

    /** Archives the form: it takes no new tasks, and its tasks stay readable and searchable. */
    void archive(long orgId, long formId, long memberId);

    /** Restores an archived form so that it takes new tasks again. */
    void restore(long orgId, long formId, long memberId);

    /** Returns every version of the form, newest first. */
    List<FormVersionInfo> versions(long orgId, long formId);

    /**
     * Returns the form's history of changes, newest first.
     */
    List<FormHistoryEntry> history(long orgId, long formId);

    /**
     * Adds an entry to the form's history, for changes other modules make, such as moving open tasks to a
     * new route version.
     */
    void recordHistory(long orgId, long formId, String action, String detail, Long memberId);

    void grant(long orgId, long formId, FormGrant grant);

    /** Returns the form's access grants in the order they were given. */
    List<FormGrant> grants(long orgId, long formId);

    /** Returns the member's highest access level to the form, counting every grant that applies. */
    AccessLevel accessLevel(CurrentMember member, long formId);

    /** Returns the ids of the forms on which the member has at least the given level. */
    Set<Long> formIdsWithLevel(CurrentMember member, AccessLevel atLeast);
}
