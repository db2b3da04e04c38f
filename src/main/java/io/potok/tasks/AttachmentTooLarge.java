package io.potok.tasks;

import io.potok.platform.PotokException;

/**
 * An upload is larger than {@code potok.attachment-max-size}.
 */
public class AttachmentTooLarge extends PotokException {

    /**
     * @param fileName the uploaded file's name
     * @param maxSize the configured limit, as shown to users (such as {@code 25MB})
     */
    public AttachmentTooLarge(String fileName, String maxSize) {
        super("attachment_too_large", 413, fileName, maxSize);
    }
}
