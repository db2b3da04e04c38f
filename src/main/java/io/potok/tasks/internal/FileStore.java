package io.potok.tasks.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.UUID;

import io.potok.platform.PotokProperties;
import io.potok.tasks.AttachmentTooLarge;
import org.springframework.stereotype.Component;

/**
 * Keeps file contents under {@code potok.data-dir}/files, one file per upload, named by organisation and guid.
 */
@Component
class FileStore {

    private static final int BUFFER_SIZE = 64 * 1024;

    private final Path root;
    private final long maxSize;
    private final String maxSizeText;

    FileStore(PotokProperties properties) {
        this.root = properties.dataDir().resolve("files");
        this.maxSize = properties.attachmentMaxSize().toBytes();
        this.maxSizeText = properties.attachmentMaxSize().toMegabytes() > 0
                ? properties.attachmentMaxSize().toMegabytes() + " MB"
                : properties.attachmentMaxSize().toBytes() + " B";
    }

    /**
     * Copies the content into the store, computing its MD5 on the way.
     *
     * @throws AttachmentTooLarge when the content is larger than the limit; nothing is kept
     */
    Written write(long orgId, UUID guid, String fileName, InputStream content) {
        String relative = orgId + "/" + guid;
        Path target = root.resolve(relative);
        try {
            Files.createDirectories(target.getParent());
            Path partial = Files.createTempFile(target.getParent(), guid.toString(), ".part");
            Written written = copy(content, partial, fileName);
            Files.move(partial, target, StandardCopyOption.ATOMIC_MOVE);
            return new Written(relative, written.size(), written.md5());
        } catch (IOException e) {
            throw new UncheckedIOException("Storing file " + guid + " failed", e);
        }
    }

    InputStream read(String relativePath) {
        try {
            return Files.newInputStream(root.resolve(relativePath));
        } catch (IOException e) {
            throw new UncheckedIOException("Reading stored file " + relativePath + " failed", e);
        }
    }

    private Written copy(InputStream content, Path partial, String fileName) throws IOException {
        MessageDigest md5 = md5();
        long size = 0;
        byte[] buffer = new byte[BUFFER_SIZE];
        try (OutputStream out = Files.newOutputStream(partial)) {
            for (int read = content.read(buffer); read >= 0; read = content.read(buffer)) {
                size += read;
                if (size > maxSize) {
                    throw new AttachmentTooLarge(fileName, maxSizeText);
                }
                md5.update(buffer, 0, read);
                out.write(buffer, 0, read);
            }
        } catch (AttachmentTooLarge | IOException e) {
            Files.deleteIfExists(partial);
            throw e;
        }
        return new Written(null, size, HexFormat.of().formatHex(md5.digest()));
    }

    private static MessageDigest md5() {
        try {
            return MessageDigest.getInstance("MD5");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("MD5 is missing from this Java runtime", e);
        }
    }

    /**
     * A stored file: its path below the store's root, size in bytes and MD5 in hex.
     */
    record Written(String relativePath, long size, String md5) {
    }
}
