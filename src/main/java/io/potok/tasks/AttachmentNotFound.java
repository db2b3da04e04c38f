package io.potok.tasks;

import io.potok.platform.PotokException;

/**
 * No uploaded file with the id exists in the member's organisation.
 */
public class AttachmentNotFound extends PotokException {

    public AttachmentNotFound(String fileId) {
        super("attachment_not_found", 404, fileId);
    }
}
