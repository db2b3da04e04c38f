package io.potok.automation.internal.mail;

import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.Objects;

import com.icegreen.greenmail.configuration.GreenMailConfiguration;
import com.icegreen.greenmail.util.DummySSLServerSocketFactory;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.internet.MimeMessage;

/**
 * A GreenMail SMTP or SMTPS server on 127.0.0.1 with a free port and one login. Its TLS certificate is the
 * test-only one in {@code mail/test-smtp-server.p12} (issued for localhost and 127.0.0.1), which the tests'
 * {@code potok.mail.trust-store} trusts.
 */
final class SmtpTestServer implements AutoCloseable {

    static final String USERNAME = "potok-sender";
    static final String PASSWORD = "Smtp-pass-7c1e";

    private final GreenMail greenMail;

    private SmtpTestServer(String protocol) {
        useTestCertificate();
        ServerSetup setup = new ServerSetup(0, "127.0.0.1", protocol).dynamicPort();
        greenMail = new GreenMail(setup).withConfiguration(GreenMailConfiguration.aConfig().withUser(USERNAME, PASSWORD));
        greenMail.start();
    }

    static SmtpTestServer smtp() {
        return new SmtpTestServer(ServerSetup.PROTOCOL_SMTP);
    }

    static SmtpTestServer smtps() {
        return new SmtpTestServer(ServerSetup.PROTOCOL_SMTPS);
    }

    int port() {
        return greenMail.getSmtp() != null ? greenMail.getSmtp().getPort() : greenMail.getSmtps().getPort();
    }

    MimeMessage[] received() {
        return greenMail.getReceivedMessages();
    }

    @Override
    public void close() {
        greenMail.stop();
    }

    private static void useTestCertificate() {
        try {
            Path keyStore = Path.of(Objects.requireNonNull(SmtpTestServer.class.getResource("/mail/test-smtp-server.p12"))
                    .toURI());
            System.setProperty(DummySSLServerSocketFactory.GREENMAIL_KEYSTORE_FILE_PROPERTY, keyStore.toString());
            System.setProperty(DummySSLServerSocketFactory.GREENMAIL_KEYSTORE_PASSWORD_PROPERTY, "changeit");
            System.setProperty(DummySSLServerSocketFactory.GREENMAIL_KEY_PASSWORD_PROPERTY, "changeit");
        } catch (URISyntaxException e) {
            throw new IllegalStateException("Test SMTP key store not found", e);
        }
    }
}
