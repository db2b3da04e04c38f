package io.potok.platform;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;

import javax.crypto.Cipher;
import javax.crypto.SecretKey;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Encrypts small secrets kept in the database, such as an inventory system's API token or an SMTP
 * password, with AES-256-GCM.
 *
 * <p>The key is {@code potok.secret-key} (32 bytes in Base64) when configured. Otherwise it is read from
 * {@code secret.key} in the data folder, which is created with owner-only permissions on first use. Losing
 * the key makes every stored secret unreadable, so back up the data folder or configure the key.
 */
@Component
public class Secrets {

    private static final String FORMAT = "v1:";
    private static final int NONCE_BYTES = 12;
    private static final int TAG_BITS = 128;
    private static final int KEY_BYTES = 32;

    private final SecureRandom random = new SecureRandom();
    private final String configuredKey;
    private final Path keyFile;
    private volatile SecretKey key;

    Secrets(@Value("${potok.secret-key:}") String configuredKey, PotokProperties properties) {
        this.configuredKey = configuredKey;
        this.keyFile = properties.dataDir().resolve("secret.key").toAbsolutePath();
    }

    /** Encrypts the text into {@code v1:} followed by Base64 of a random nonce and the ciphertext. */
    public String encrypt(String plainText) {
        byte[] nonce = new byte[NONCE_BYTES];
        random.nextBytes(nonce);
        byte[] cipherText = run(Cipher.ENCRYPT_MODE, nonce, plainText.getBytes(StandardCharsets.UTF_8));

        byte[] sealed = new byte[NONCE_BYTES + cipherText.length];
        System.arraycopy(nonce, 0, sealed, 0, NONCE_BYTES);
        System.arraycopy(cipherText, 0, sealed, NONCE_BYTES, cipherText.length);
        return FORMAT + Base64.getEncoder().encodeToString(sealed);
    }

    /**
     * Decrypts what {@link #encrypt} returned.
     *
     * @throws IllegalStateException when the text was encrypted with another key or was altered
     */
    public String decrypt(String sealedText) {
        if (!sealedText.startsWith(FORMAT)) {
            throw new IllegalStateException("Stored secret has an unknown format. Save the secret again.");
        }
        byte[] sealed = Base64.getDecoder().decode(sealedText.substring(FORMAT.length()));
        byte[] nonce = java.util.Arrays.copyOf(sealed, NONCE_BYTES);
        byte[] cipherText = java.util.Arrays.copyOfRange(sealed, NONCE_BYTES, sealed.length);
        return new String(run(Cipher.DECRYPT_MODE, nonce, cipherText), StandardCharsets.UTF_8);
    }

    private byte[] run(int mode, byte[] nonce, byte[] input) {
        try {
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(mode, key(), new GCMParameterSpec(TAG_BITS, nonce));
            return cipher.doFinal(input);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Secret could not be encrypted or decrypted with the current key", e);
        }
    }

    private SecretKey key() {
        SecretKey current = key;
        if (current == null) {
            synchronized (this) {
                if (key == null) {
                    key = new SecretKeySpec(keyBytes(), "AES");
                }
                current = key;
            }
        }
        return current;
    }

    private byte[] keyBytes() {
        if (!configuredKey.isBlank()) {
            return checkedLength(Base64.getDecoder().decode(configuredKey.trim()), "potok.secret-key");
        }
        try {
            if (!Files.exists(keyFile)) {
                createKeyFile();
            }
            return checkedLength(Base64.getDecoder().decode(Files.readString(keyFile).trim()), keyFile.toString());
        } catch (IOException e) {
            throw new UncheckedIOException("Secret key file " + keyFile + " could not be read or created", e);
        }
    }

    private void createKeyFile() throws IOException {
        byte[] fresh = new byte[KEY_BYTES];
        random.nextBytes(fresh);
        Files.createDirectories(keyFile.getParent());
        try {
            Files.createFile(keyFile, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
        } catch (UnsupportedOperationException notPosix) {
            // NOTE: without POSIX permissions (Windows) the file keeps the access rules of its folder.
            Files.createFile(keyFile);
        }
        Files.writeString(keyFile, Base64.getEncoder().encodeToString(fresh), StandardOpenOption.WRITE);
    }

    private static byte[] checkedLength(byte[] bytes, String source) {
        if (bytes.length != KEY_BYTES) {
            throw new IllegalStateException("Secret key from " + source + " must be " + KEY_BYTES
                    + " bytes in Base64, found " + bytes.length);
        }
        return bytes;
    }
}
