package io.potok.forms.web;

import io.potok.forms.FormDefinition;

/**
 * The designer's view of a form draft, as the draft JSON endpoints send it.
 *
 * @param definition the draft, or the current version's definition when no draft has been started
 * @param hasDraft whether a saved draft exists
 * @param baseVersion the version the draft started from; the current version when there is no draft
 * @param currentVersion the form's current published version
 * @param savedAt when the draft was saved last, as an ISO-8601 instant; empty when there is no draft. The
 *        designer sends it back in the {@code X-Draft-Saved-At} header of the next save
 * @param savedAtText {@code savedAt} as the member reads it, in the member's time zone
 * @param nextFieldId the lowest field id that no version and no draft of the form has used; new fields
 *        take ids from here up, so that an id never names two different fields
 */
public record DraftState(FormDefinition definition, boolean hasDraft, int baseVersion, int currentVersion,
                         String savedAt, String savedAtText, int nextFieldId) {
}
