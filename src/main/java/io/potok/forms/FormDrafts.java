package io.potok.forms;

import java.time.Instant;
import java.util.Optional;

/**
 * Unpublished edits of a form, kept on the server so that a designer's work survives a closed tab. One
 * draft per form; tasks never see a draft until it is published.
 */
public interface FormDrafts {

    /** Returns the saved draft of the form, if someone started editing it. */
    Optional<Draft> find(long orgId, long formId);

    /** Returns the saved draft, or the current version's definition when there is none. */
    FormDefinition draftOrCurrent(long orgId, long formId);

    /** Saves the definition as the form's draft, replacing the previous one. */
    void save(long orgId, long formId, FormDefinition definition, long memberId);

    /** Drops the draft; the current version stays as it was. */
    void discard(long orgId, long formId);

    /**
     * Publishes the draft as the form's next version and drops it.
     *
     * @throws FormDefinitionInvalid when a {@link DefinitionCheck} refuses the draft; the draft is kept
     */
    Form publish(long orgId, long formId, long memberId);

    /**
     * A saved draft.
     *
     * @param definition the edited definition
     * @param baseVersion the form version the draft started from
     * @param savedBy who saved it last
     * @param savedAt when
     */
    record Draft(FormDefinition definition, int baseVersion, long savedBy, Instant savedAt) {
    }
}
