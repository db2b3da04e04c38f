package io.potok.platform;

import java.nio.file.Path;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.util.unit.DataSize;

/**
 * Settings under {@code potok.*}.
 *
 * @param dataDir folder for the embedded database and stored files
 * @param demo whether an empty database gets the demo workspace; null means "yes with the embedded database"
 * @param embeddedDbPort TCP port of the embedded PostgreSQL, 0 for a free one
 * @param attachmentMaxSize largest accepted attachment
 * @param admin the administrator created in an empty non-demo workspace
 */
@ConfigurationProperties("potok")
public record PotokProperties(
        Path dataDir,
        Boolean demo,
        Integer embeddedDbPort,
        DataSize attachmentMaxSize,
        Admin admin) {

    public PotokProperties {
        dataDir = dataDir == null ? Path.of("data") : dataDir;
        embeddedDbPort = embeddedDbPort == null ? 0 : embeddedDbPort;
        attachmentMaxSize = attachmentMaxSize == null ? DataSize.ofMegabytes(25) : attachmentMaxSize;
        admin = admin == null ? new Admin(null, null, null) : admin;
    }

    /**
     * The first administrator of a non-demo workspace; the password has no default.
     */
    public record Admin(String email, String password, String organization) {
    }
}
