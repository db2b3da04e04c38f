package io.potok.forms.internal;

import io.potok.forms.LinkedRecords;

/**
 * The codecs of the field types whose values refer to records of the tasks module: form_link, file and project.
 */
record LinkedValues(FormLinkValues links, FileValues files, ProjectValues lists) {

    static LinkedValues of(LinkedRecords records) {
        return new LinkedValues(new FormLinkValues(records), new FileValues(records), new ProjectValues(records));
    }
}
