package io.potok.processes;

import java.util.Locale;

import io.potok.forms.Form;
import io.potok.identity.CurrentMember;

/**
 * Exports forms as process documents and imports them, into a new form or as the next version of an
 * existing one. Every import runs in one transaction: it stores everything or nothing.
 */
public interface ProcessFiles {

    /**
     * Exports the current version of a form.
     *
     * @param withItems whether the catalogs carry their items
     * @throws ProcessAccessDenied unless the caller administers the form
     */
    ProcessDocument export(CurrentMember caller, long formId, boolean withItems);

    /** Writes the document as text; YAML starts with a comment in the given language. */
    String write(ProcessDocument document, ProcessFormat format, Locale locale);

    /**
     * Reads a document.
     *
     * @throws ProcessFileInvalid naming the line and column when the text is not a process document
     */
    ProcessDocument read(String text, ProcessFormat format);

    /**
     * Plans the import of a document as a new form, without storing anything: what is created and reused,
     * and every problem that would stop it.
     *
     * @throws ProcessAccessDenied unless the caller administers the organisation
     */
    ImportPlan preview(CurrentMember caller, ProcessDocument document);

    /**
     * Creates a new form from the document, with the catalogs and roles it lacks and its access grants. A role
     * the workspace lacks is created with the caller as its only member, so that every step has an assignee.
     *
     * @throws ProcessAccessDenied unless the caller administers the organisation
     * @throws ProcessReferencesUnresolved when a reference cannot be resolved
     * @throws io.potok.forms.FormDefinitionInvalid when a definition check refuses the definition
     */
    Form create(CurrentMember caller, ProcessDocument document);

    /**
     * Publishes the document's definition as the next version of an existing form, renaming the form when the
     * name differs. Missing catalogs and roles are created as on {@link #create}; access grants are left as
     * they are.
     *
     * @throws ProcessAccessDenied unless the caller administers the form
     * @throws ProcessReferencesUnresolved when a reference cannot be resolved
     * @throws io.potok.forms.FormDefinitionInvalid when a definition check refuses the definition
     */
    Form publish(CurrentMember caller, long formId, ProcessDocument document);
}
