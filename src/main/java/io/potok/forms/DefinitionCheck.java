package io.potok.forms;

import java.util.List;

/**
 * Checks a form definition before it is published. Every check bean runs on every create and publish, from
 * the designer, an imported file and the API alike; any problem stops the publish.
 */
public interface DefinitionCheck {

    /**
     * Returns what is wrong with the definition, or nothing.
     *
     * @param orgId the organisation the form belongs to, to resolve members, roles, catalogs and forms
     * @param formId the form being published; null while a new form is created
     * @param definition the definition to publish
     */
    List<DefinitionProblem> check(long orgId, Long formId, FormDefinition definition);
}
