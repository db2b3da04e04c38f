package io.potok.forms;

/**
 * Published in the transaction that creates a form or publishes a new version of it.
 *
 * @param orgId the form's organisation
 * @param formId the form
 * @param version the version now current; 1 when the form was just created
 */
public record FormPublished(long orgId, long formId, int version) {
}
