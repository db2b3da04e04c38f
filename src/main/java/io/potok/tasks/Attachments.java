package io.potok.tasks;

import java.io.InputStream;
import java.util.UUID;

import io.potok.identity.CurrentMember;

/**
 * Stores uploaded files and hands them out to those who may see them. A file is uploaded first and then
 * attached to a task or comment by its guid ({@link NewTask#attachmentGuids()},
 * {@link TaskChange#attachmentGuids()}).
 */
public interface Attachments {

    /**
     * Stores a file for the member, not yet attached to anything.
     *
     * @param content read to its end; not closed
     * @throws AttachmentTooLarge when the content is larger than {@code potok.attachment-max-size}
     */
    UploadedFile upload(CurrentMember uploader, String fileName, String contentType, InputStream content);

    /**
     * Opens a file by its attachment id (as in the API's {@code /files/download/{id}}) for a member who may
     * see its task, or for its uploader while it is not attached.
     *
     * @throws AttachmentNotFound when no such file exists in the member's organisation
     * @throws TaskAccessDenied when the member may not see the file's task
     */
    StoredFile open(CurrentMember reader, long attachmentId);

    /** Opens a file by the guid returned on upload, with the same checks as {@link #open(CurrentMember, long)}. */
    StoredFile open(CurrentMember reader, UUID guid);

    /**
     * A stored file.
     *
     * @param id attachment id
     * @param guid the id returned on upload
     * @param name file name as uploaded
     * @param size size in bytes
     * @param md5 MD5 of the content, hex
     */
    record UploadedFile(long id, UUID guid, String name, long size, String md5) {
    }

    /**
     * A file opened for download; the caller closes the stream.
     */
    record StoredFile(UploadedFile file, String contentType, InputStream content) {
    }
}
