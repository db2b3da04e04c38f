package io.potok.processes;

import io.potok.platform.PotokException;

/**
 * The caller may not export, import or publish this process: importing a new form takes an organisation
 * administrator, and exporting or publishing over a form takes its administrator.
 */
public class ProcessAccessDenied extends PotokException {

    public ProcessAccessDenied(String formName) {
        super("process_access_denied", 403, formName);
    }

    private ProcessAccessDenied() {
        super("process_import_denied", 403);
    }

    /** Creates the failure for a caller who is not an organisation administrator and so may not import or install. */
    public static ProcessAccessDenied toImport() {
        return new ProcessAccessDenied();
    }
}
