package io.potok.api.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Locale;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.potok.identity.CurrentMember;
import io.potok.tasks.AttachmentNotFound;
import io.potok.tasks.Attachments;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.core.io.InputStreamResource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/**
 * {@code /files}: uploads files to attach to tasks later, and downloads attached files.
 */
@RestController
@RequestMapping({ApiPaths.V4, ApiPaths.V4_SHORT})
@Tag(name = "Files")
class FilesApiController {

    private final Attachments attachments;

    FilesApiController(Attachments attachments) {
        this.attachments = attachments;
    }

    record Uploaded(String guid, @JsonProperty("md5_hash") String md5Hash) {
    }

    @PostMapping(path = "/files/upload", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @Operation(summary = "Upload a file (multipart field `file`); attach it by its guid in POST /tasks or a comment")
    Uploaded upload(CurrentMember caller, @RequestParam("file") MultipartFile file) {
        try (InputStream content = file.getInputStream()) {
            Attachments.UploadedFile stored = attachments.upload(caller, file.getOriginalFilename(),
                    file.getContentType(), content);
            return new Uploaded(stored.guid().toString(), stored.md5().toUpperCase(Locale.ROOT));
        } catch (IOException e) {
            throw new UncheckedIOException("Reading the uploaded file failed", e);
        }
    }

    @GetMapping("/files/download/{id}")
    @Operation(summary = "Download a file of a task the caller may see, by its attachment id or upload guid")
    ResponseEntity<InputStreamResource> download(CurrentMember caller, @PathVariable String id) {
        Attachments.StoredFile file = open(caller, id.trim());
        return ResponseEntity.ok()
                .contentType(mediaType(file.contentType()))
                .contentLength(file.file().size())
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename(file.file().name(), java.nio.charset.StandardCharsets.UTF_8).build().toString())
                .body(new InputStreamResource(file.content()));
    }

    private Attachments.StoredFile open(CurrentMember caller, String id) {
        if (id.matches("\\d{1,18}")) {
            return attachments.open(caller, Long.parseLong(id));
        }
        try {
            return attachments.open(caller, UUID.fromString(id));
        } catch (IllegalArgumentException notGuid) {
            throw new AttachmentNotFound(id);
        }
    }

    private static MediaType mediaType(String uploaded) {
        try {
            return uploaded == null ? MediaType.APPLICATION_OCTET_STREAM : MediaType.parseMediaType(uploaded);
        } catch (org.springframework.util.InvalidMimeTypeException e) {
            return MediaType.APPLICATION_OCTET_STREAM;
        }
    }
}
