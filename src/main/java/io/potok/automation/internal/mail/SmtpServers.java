package io.potok.automation.internal.mail;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Stores each organisation's {@link SmtpServer} in {@code smtp_settings}.
 */
@Repository
class SmtpServers {

    private final JdbcClient jdbc;

    SmtpServers(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Optional<SmtpServer> find(long orgId) {
        return jdbc.sql("select * from smtp_settings where org_id = :org")
                .param("org", orgId)
                .query(SmtpServers::server)
                .optional();
    }

    /**
     * Inserts or replaces the organisation's settings. A null {@code passwordEncrypted} keeps the stored
     * password unless {@code dropPassword} is set.
     */
    void save(long orgId, SmtpSettings settings, String passwordEncrypted, boolean dropPassword) {
        jdbc.sql("""
                        insert into smtp_settings (org_id, host, port, security, username, password_encrypted,
                                                   sender_address, sender_name, enabled)
                        values (:org, :host, :port, :security, :username, :password, :sender, :senderName, :enabled)
                        on conflict (org_id) do update set
                            host = excluded.host, port = excluded.port, security = excluded.security,
                            username = excluded.username,
                            password_encrypted = case when :dropPassword then null
                                else coalesce(excluded.password_encrypted, smtp_settings.password_encrypted) end,
                            sender_address = excluded.sender_address, sender_name = excluded.sender_name,
                            enabled = excluded.enabled, updated_at = now()
                        """)
                .param("org", orgId)
                .param("host", settings.host())
                .param("port", settings.port())
                .param("security", settings.security().id())
                .param("username", settings.username())
                .param("password", passwordEncrypted)
                .param("dropPassword", dropPassword)
                .param("sender", settings.senderAddress())
                .param("senderName", settings.senderName())
                .param("enabled", settings.enabled())
                .update();
    }

    private static SmtpServer server(ResultSet row, int rowNumber) throws SQLException {
        String passwordEncrypted = row.getString("password_encrypted");
        SmtpSecurity security = SmtpSecurity.fromId(row.getString("security"))
                .orElseThrow(() -> new IllegalStateException("Unknown SMTP security in smtp_settings"));
        SmtpSettings settings = new SmtpSettings(row.getString("host"), row.getInt("port"), security,
                row.getString("username"), passwordEncrypted != null, row.getString("sender_address"),
                row.getString("sender_name"), row.getBoolean("enabled"));
        return new SmtpServer(settings, passwordEncrypted);
    }
}
