package io.potok;

import java.io.IOException;
import java.io.UncheckedIOException;

import java.nio.file.Files;
import java.time.Duration;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.springframework.boot.test.util.TestPropertyValues;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * One real PostgreSQL for the whole test run, shared by every Spring context the tests create.
 */
public final class TestDatabase {

    private static EmbeddedPostgres postgres;

    private TestDatabase() {
    }

    public static synchronized String jdbcUrl() {
        if (postgres == null) {
            try {
                postgres = EmbeddedPostgres.builder()
                        .setDataDirectory(Files.createTempDirectory("potok-test-pg"))
                        .setCleanDataDirectory(true)
                        .setServerConfig("listen_addresses", "127.0.0.1")
                        .setServerConfig("fsync", "off")
                        .setServerConfig("synchronous_commit", "off")
                        .setRegisterShutdownHook(false)
                        .start();
            } catch (IOException e) {
                throw new UncheckedIOException("Test PostgreSQL failed to start", e);
            }
            Runtime.getRuntime().addShutdownHook(new Thread(TestDatabase::stopAfterSpring, "test-postgres-stop"));
        }
        return postgres.getJdbcUrl("postgres", "postgres");
    }

    /**
     * Stops PostgreSQL once Spring has closed the test contexts. Shutdown hooks run concurrently, and a
     * context that finds the database gone waits for a connection until its pool times out.
     */
    private static void stopAfterSpring() {
        try {
            Thread spring = findThread("SpringApplicationShutdownHook", Duration.ofSeconds(1));
            if (spring != null) {
                spring.join(Duration.ofSeconds(20).toMillis());
            }
            postgres.close();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (IOException e) {
            throw new UncheckedIOException("Test PostgreSQL failed to stop", e);
        }
    }

    private static Thread findThread(String name, Duration wait) throws InterruptedException {
        long deadline = System.nanoTime() + wait.toNanos();
        while (System.nanoTime() < deadline) {
            for (Thread thread : Thread.getAllStackTraces().keySet()) {
                if (name.equals(thread.getName())) {
                    return thread;
                }
            }
            Thread.sleep(20);
        }
        return null;
    }

    /**
     * Points the application at the shared test database.
     */
    public static final class Initializer implements ApplicationContextInitializer<ConfigurableApplicationContext> {

        @Override
        public void initialize(ConfigurableApplicationContext context) {
            TestPropertyValues.of(
                    "spring.datasource.url=" + jdbcUrl(),
                    "spring.datasource.username=postgres",
                    "spring.datasource.password=",
                    "potok.demo=true",
                    // automation tests send webhooks and bot calls only to receivers they start on this machine
                    "potok.outbound.allowed-hosts=127.0.0.1,localhost",
                    "potok.schedules.enabled=false",
                    // a webhook receiver that never responds times out within seconds instead of the default 10
                    "potok.webhooks.timeout=2s",
                    // no 30-second graceful wait for open keep-alive connections when the test JVM exits
                    "server.shutdown=immediate",
                    "logging.level.root=WARN",
                    "logging.level.io.potok=INFO",
                    // trusts only the certificate of the test SMTP server (SmtpTestServer), for SMTPS tests
                    "potok.mail.trust-store=classpath:mail/test-smtp-trust.p12",
                    "potok.mail.trust-store-password=changeit").applyTo(context);
        }
    }
}
