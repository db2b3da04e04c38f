package io.potok.tasks;

import io.potok.platform.PotokException;

/**
 * A file named for attaching was not uploaded by the acting member or is already attached elsewhere.
 */
public class AttachmentUnavailable extends PotokException {

    public AttachmentUnavailable(String guid) {
        super("attachment_unavailable", 400, guid);
    }
}
