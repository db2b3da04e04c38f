package io.potok.tasks.internal;

import java.io.InputStream;
import java.time.Clock;
import java.util.UUID;

import io.potok.identity.CurrentMember;
import io.potok.tasks.AttachmentNotFound;
import io.potok.tasks.Attachments;
import io.potok.tasks.TaskVisibility;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Uploads files into the {@link FileStore} and hands them out after the visibility check.
 */
@Service
class DefaultAttachments implements Attachments {

    private final FileStore files;
    private final AttachmentStore store;
    private final TaskVisibility visibility;
    private final Clock clock;

    DefaultAttachments(FileStore files, AttachmentStore store, TaskVisibility visibility, Clock clock) {
        this.files = files;
        this.store = store;
        this.visibility = visibility;
        this.clock = clock;
    }

    @Override
    @Transactional
    public UploadedFile upload(CurrentMember uploader, String fileName, String contentType, InputStream content) {
        UUID guid = UUID.randomUUID();
        FileStore.Written written = files.write(uploader.orgId(), guid, fileName, content);
        var row = new AttachmentStore.StoredAttachment(0, uploader.orgId(), guid, fileName, written.size(),
                written.md5(), contentType, written.relativePath(), uploader.memberId(), clock.instant(), null, null);

        long id = store.insert(row);
        return new UploadedFile(id, guid, fileName, written.size(), written.md5());
    }

    @Override
    @Transactional(readOnly = true)
    public StoredFile open(CurrentMember reader, long attachmentId) {
        return open(reader, store.find(reader.orgId(), attachmentId)
                .orElseThrow(() -> new AttachmentNotFound(String.valueOf(attachmentId))));
    }

    @Override
    @Transactional(readOnly = true)
    public StoredFile open(CurrentMember reader, UUID guid) {
        return open(reader, store.find(reader.orgId(), guid)
                .orElseThrow(() -> new AttachmentNotFound(guid.toString())));
    }

    private StoredFile open(CurrentMember reader, AttachmentStore.StoredAttachment file) {
        if (file.taskId() == null && file.uploadedBy() != reader.memberId()) {
            throw new AttachmentNotFound(file.guid().toString());
        }
        if (file.taskId() != null) {
            visibility.checkVisible(reader, file.taskId());
        }
        UploadedFile uploaded = new UploadedFile(file.id(), file.guid(), file.name(), file.size(), file.md5());
        return new StoredFile(uploaded, file.contentType(), files.read(file.storagePath()));
    }
}
