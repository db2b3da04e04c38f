package io.potok.identity.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import io.potok.identity.ApiTokens;
import io.potok.identity.BotAccounts;
import io.potok.platform.Secrets;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Bot accounts kept in {@code members} with {@code kind = 'bot'}, the URL in {@code bot_url} and the security
 * key both hashed (for API sign-in) and encrypted with {@link Secrets} (for signing).
 */
@Service
class JdbcBotAccounts implements BotAccounts {

    private static final Logger log = LoggerFactory.getLogger(JdbcBotAccounts.class);
    private static final String SELECT_BOT = """
            select id, org_id, first_name, email, bot_url, banned from members
            """;

    private final JdbcClient jdbc;
    private final ApiTokens tokens;
    private final Secrets secrets;

    JdbcBotAccounts(JdbcClient jdbc, ApiTokens tokens, Secrets secrets) {
        this.jdbc = jdbc;
        this.tokens = tokens;
        this.secrets = secrets;
    }

    @Override
    public List<BotAccount> list(long orgId) {
        return jdbc.sql(SELECT_BOT + " where org_id = :org and kind = 'bot' order by lower(first_name), id")
                .param("org", orgId)
                .query((rs, row) -> bot(rs))
                .list();
    }

    @Override
    public Optional<BotAccount> find(long orgId, long botId) {
        return jdbc.sql(SELECT_BOT + " where org_id = :org and id = :id and kind = 'bot'")
                .param("org", orgId)
                .param("id", botId)
                .query((rs, row) -> bot(rs))
                .optional();
    }

    @Override
    @Transactional
    public long create(long orgId, String name, String url) {
        // The login has the shape of bot logins in the events Pyrus sends, bot@<uuid>, and is unique across
        // the installation.
        long id = jdbc.sql("""
                        insert into members (org_id, email, first_name, last_name, kind, bot_url)
                        values (:org, :email, :name, '', 'bot', :url) returning id
                        """)
                .param("org", orgId)
                .param("email", "bot@" + UUID.randomUUID())
                .param("name", name.trim())
                .param("url", url)
                .query(Long.class)
                .single();
        regenerateKey(orgId, id);
        log.info("Bot {} created in organisation {}", id, orgId);
        return id;
    }

    @Override
    @Transactional
    public void changeUrl(long orgId, long botId, String url) {
        jdbc.sql("update members set bot_url = :url where org_id = :org and id = :id and kind = 'bot'")
                .param("url", url)
                .param("org", orgId)
                .param("id", botId)
                .update();
        log.info("URL of bot {} changed", botId);
    }

    @Override
    @Transactional
    public String regenerateKey(long orgId, long botId) {
        requireBot(orgId, botId);
        String key = tokens.resetSecurityKey(botId);
        jdbc.sql("update members set bot_key_encrypted = :sealed where id = :id")
                .param("sealed", secrets.encrypt(key))
                .param("id", botId)
                .update();
        return key;
    }

    @Override
    @Transactional
    public void changeBlocked(long orgId, long botId, boolean blocked) {
        jdbc.sql("update members set banned = :blocked where org_id = :org and id = :id and kind = 'bot'")
                .param("blocked", blocked)
                .param("org", orgId)
                .param("id", botId)
                .update();
        log.info("Bot {} {}", botId, blocked ? "blocked" : "unblocked");
    }

    @Override
    public Optional<String> securityKey(long orgId, long botId) {
        return jdbc.sql("select bot_key_encrypted from members where org_id = :org and id = :id and kind = 'bot'")
                .param("org", orgId)
                .param("id", botId)
                .query((rs, row) -> Optional.ofNullable(rs.getString(1)))
                .optional()
                .flatMap(sealed -> sealed)
                .map(secrets::decrypt);
    }

    private void requireBot(long orgId, long botId) {
        if (find(orgId, botId).isEmpty()) {
            throw new IllegalArgumentException("No bot " + botId + " in organisation " + orgId);
        }
    }

    private static BotAccount bot(ResultSet rs) throws SQLException {
        return new BotAccount(rs.getLong("id"), rs.getLong("org_id"), rs.getString("first_name"),
                rs.getString("email"), rs.getString("bot_url"), rs.getBoolean("banned"));
    }
}
