package io.potok.demo.internal;

import java.time.ZoneId;

import io.potok.demo.DemoWorkspace;
import io.potok.demo.DemoWorkspaceLoaded;
import io.potok.identity.Organizations;
import io.potok.identity.Organizations.NewMember;
import io.potok.platform.PotokProperties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.context.SmartLifecycle;
import org.springframework.core.env.Environment;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionOperations;

/**
 * Fills an empty database on start: with the demo workspace when {@code potok.demo} is on (the default with
 * the embedded database), otherwise with an empty organisation whose administrator comes from
 * {@code potok.admin.*}. A database that already has an organisation is left alone. The demo's past orders
 * are added after the workspace commits, in transactions of their own. It runs as an early lifecycle phase,
 * before the web server opens its port, so that no member signs in to a half-loaded workspace.
 */
@Component
class FirstStart implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(FirstStart.class);

    /** Key of the PostgreSQL advisory lock that keeps two nodes starting at once from both filling the database. */
    private static final long LOCK_KEY = 7_406_524_891L;

    private final Organizations organizations;
    private final DemoWorkspaceLoader demo;
    private final PastTasks pastTasks;
    private final PotokProperties properties;
    private final Environment environment;
    private final JdbcClient jdbc;
    private final TransactionOperations transactions;

    FirstStart(Organizations organizations, DemoWorkspaceLoader demo, PastTasks pastTasks, PotokProperties properties,
               Environment environment, JdbcClient jdbc, TransactionOperations transactions) {
        this.organizations = organizations;
        this.demo = demo;
        this.pastTasks = pastTasks;
        this.properties = properties;
        this.environment = environment;
        this.jdbc = jdbc;
        this.transactions = transactions;
    }

    private volatile boolean running;

    @Override
    public void start() {
        run(null);
        running = true;
    }

    @Override
    public void stop() {
        running = false;
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    /** Runs before the web server, whose lifecycle phase is far above zero. */
    @Override
    public int getPhase() {
        return 0;
    }

    void run(ApplicationArguments args) {
        DemoWorkspaceLoaded loaded = transactions.execute(status -> fillEmptyDatabase());
        if (loaded != null) {
            pastTasks.create(loaded, PastTasks.ORDER_COUNT);
            logDemoCredentials();
        }
    }

    /** Returns the demo workspace when this call loaded it, else null. */
    private DemoWorkspaceLoaded fillEmptyDatabase() {
        jdbc.sql("select 1 from (select pg_advisory_xact_lock(:key)) as locked").param("key", LOCK_KEY).query(Integer.class).single();
        if (organizations.anyExist()) {
            return null;
        }

        if (demoEnabled()) {
            return demo.load();
        }
        createAdministrator();
        return null;
    }

    boolean demoEnabled() {
        if (properties.demo() != null) {
            return properties.demo();
        }
        return environment.getProperty("spring.datasource.url", "").isBlank();
    }

    private void logDemoCredentials() {
        String port = environment.getProperty("server.port", "8080");
        log.info("""
                Demo workspace "{}" is ready. Once the web server has started, sign in at http://localhost:{}/login as {} with password "{}".
                Every demo member signs in with password "{}"; their API security key is demo-<part of the email before @>-key \
                (for {}: {}). The members and their roles are listed in docs/demo-workspace.md.""",
                DemoWorkspace.ORGANIZATION, port, DemoWorkspace.ADMIN_EMAIL, DemoWorkspace.PASSWORD,
                DemoWorkspace.PASSWORD, DemoWorkspace.ADMIN_EMAIL, DemoWorkspace.securityKey(DemoWorkspace.ADMIN_EMAIL));
    }

    private void createAdministrator() {
        PotokProperties.Admin admin = properties.admin();
        if (isBlank(admin.email()) || isBlank(admin.password()) || isBlank(admin.organization())) {
            throw new IllegalStateException("The database has no organisation and the demo workspace is off, so Potok "
                    + "needs its first administrator: set POTOK_ADMIN_EMAIL, POTOK_ADMIN_PASSWORD and POTOK_ORGANIZATION "
                    + "(potok.admin.email, potok.admin.password, potok.admin.organization), or POTOK_DEMO=true for the demo.");
        }
        long orgId = organizations.create(admin.organization().trim(), ZoneId.of(DemoWorkspace.TIME_ZONE), false);
        String[] name = admin.email().trim().split("@", 2);
        long memberId = organizations.createMember(orgId,
                new NewMember(admin.email().trim(), name[0], "", null, null, true, admin.password(), null));
        log.info("Organisation {} created with administrator member {}", orgId, memberId);
    }

    private static boolean isBlank(String value) {
        return value == null || value.isBlank();
    }
}
