package io.potok.processes;

import java.util.List;

import io.potok.forms.Form;
import io.potok.identity.CurrentMember;

/**
 * The template gallery: process documents shipped in {@code processes/*.yaml} on the classpath.
 */
public interface ProcessTemplates {

    /** Returns every template in gallery order. */
    List<ProcessTemplate> list();

    /** @throws ProcessTemplateNotFound when no template has the key */
    ProcessTemplate get(String key);

    /**
     * Installs a template as a new form through {@link ProcessFiles#create}, first installing the templates it
     * requires whose forms the organisation lacks. Everything is stored in one transaction.
     *
     * @throws ProcessAccessDenied unless the caller administers the organisation
     */
    Form install(CurrentMember caller, String key);
}
