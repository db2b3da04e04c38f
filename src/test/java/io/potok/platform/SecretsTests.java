package io.potok.platform;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Base64;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class SecretsTests {

    @TempDir
    Path dataDir;

    @Test
    void decryptsWhatItEncrypted() {
        Secrets secrets = new Secrets("", properties(dataDir));

        String sealed = secrets.encrypt("токен-123");

        assertThat(sealed).startsWith("v1:").doesNotContain("токен-123");
        assertThat(secrets.decrypt(sealed)).isEqualTo("токен-123");
    }

    @Test
    void encryptsSameTextDifferently() {
        Secrets secrets = new Secrets("", properties(dataDir));

        assertThat(secrets.encrypt("same")).isNotEqualTo(secrets.encrypt("same"));
    }

    @Test
    void createsOwnerOnlyKeyFileOnFirstUse() throws Exception {
        Secrets secrets = new Secrets("", properties(dataDir));
        Path keyFile = dataDir.resolve("secret.key");
        assertThat(keyFile).doesNotExist();

        String sealed = secrets.encrypt("value");

        assertThat(Base64.getDecoder().decode(Files.readString(keyFile).trim())).hasSize(32);
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(keyFile))).isEqualTo("rw-------");
        assertThat(new Secrets("", properties(dataDir)).decrypt(sealed)).isEqualTo("value");
    }

    @Test
    void usesConfiguredKeyOverKeyFile() {
        String key = Base64.getEncoder().encodeToString(new byte[32]);
        String sealed = new Secrets(key, properties(dataDir)).encrypt("value");

        assertThat(dataDir.resolve("secret.key")).doesNotExist();
        assertThat(new Secrets(key, properties(dataDir.resolve("elsewhere"))).decrypt(sealed)).isEqualTo("value");
    }

    @Test
    void rejectsTextEncryptedWithOtherKey(@TempDir Path otherDir) {
        String sealed = new Secrets("", properties(dataDir)).encrypt("value");

        assertThatThrownBy(() -> new Secrets("", properties(otherDir)).decrypt(sealed))
                .isInstanceOf(IllegalStateException.class);
    }

    @Test
    void rejectsConfiguredKeyOfWrongLength() {
        Secrets secrets = new Secrets(Base64.getEncoder().encodeToString(new byte[16]), properties(dataDir));

        assertThatThrownBy(() -> secrets.encrypt("value")).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("32 bytes");
    }

    private static PotokProperties properties(Path dataDir) {
        return new PotokProperties(dataDir, null, null, null, null);
    }
}
