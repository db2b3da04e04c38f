package io.potok.forms;

/**
 * A form at one of its versions.
 *
 * @param id the form id
 * @param orgId the owning organisation
 * @param name the form name
 * @param version the version number of {@code definition}
 * @param definition fields and route of that version
 * @param archived whether the form no longer takes new tasks
 */
public record Form(long id, long orgId, String name, int version, FormDefinition definition, boolean archived) {
}
