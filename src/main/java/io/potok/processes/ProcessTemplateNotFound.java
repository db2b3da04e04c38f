package io.potok.processes;

import io.potok.platform.PotokException;

/**
 * No process template has this key.
 */
public class ProcessTemplateNotFound extends PotokException {

    public ProcessTemplateNotFound(String key) {
        super("process_template_not_found", 404, key);
    }
}
