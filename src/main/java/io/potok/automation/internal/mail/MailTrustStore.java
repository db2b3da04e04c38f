package io.potok.automation.internal.mail;

import java.io.IOException;
import java.io.InputStream;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.util.Optional;

import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLSocketFactory;
import javax.net.ssl.TrustManagerFactory;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.io.ResourceLoader;
import org.springframework.stereotype.Component;

/**
 * The certificates Potok trusts for SMTP over TLS. By default these are the JVM's; when
 * {@code potok.mail.trust-store} names a PKCS12 file (or a {@code classpath:} resource), its certificates
 * are trusted instead, such as a company's own certificate authority. The server's host name is checked
 * either way.
 */
@Component
class MailTrustStore {

    private final String location;
    private final String password;
    private final ResourceLoader resources;
    private volatile SSLSocketFactory socketFactory;

    MailTrustStore(@Value("${potok.mail.trust-store:}") String location,
                   @Value("${potok.mail.trust-store-password:}") String password, ResourceLoader resources) {
        this.location = location;
        this.password = password;
        this.resources = resources;
    }

    /** Returns the socket factory for the configured trust store, or empty to use the JVM's certificates. */
    Optional<SSLSocketFactory> socketFactory() {
        if (location.isBlank()) {
            return Optional.empty();
        }
        if (socketFactory == null) {
            socketFactory = load();
        }
        return Optional.of(socketFactory);
    }

    private SSLSocketFactory load() {
        try (InputStream in = resources.getResource(location).getInputStream()) {
            KeyStore store = KeyStore.getInstance("PKCS12");
            store.load(in, password.toCharArray());
            TrustManagerFactory trust = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
            trust.init(store);
            SSLContext context = SSLContext.getInstance("TLS");
            context.init(null, trust.getTrustManagers(), null);
            return context.getSocketFactory();
        } catch (IOException | GeneralSecurityException e) {
            throw new IllegalStateException("SMTP trust store " + location + " (potok.mail.trust-store) could not be"
                    + " read. Check the path and potok.mail.trust-store-password.", e);
        }
    }
}
