package io.potok.identity.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

import io.potok.identity.ApiTokens;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * API tokens kept as SHA-256 hashes in {@code api_tokens}; they live for a day.
 */
@Service
class JdbcApiTokens implements ApiTokens {

    private static final Logger log = LoggerFactory.getLogger(JdbcApiTokens.class);
    private static final Duration TOKEN_LIFETIME = Duration.ofHours(24);

    private final JdbcClient jdbc;
    private final MemberAccounts accounts;
    private final Clock clock;

    JdbcApiTokens(JdbcClient jdbc, MemberAccounts accounts, Clock clock) {
        this.jdbc = jdbc;
        this.accounts = accounts;
        this.clock = clock;
    }

    @Override
    @Transactional
    public Optional<String> issue(String login, String securityKey) {
        if (login == null || securityKey == null) {
            return Optional.empty();
        }
        Optional<Long> memberId = jdbc.sql("""
                        select id, org_id from members
                         where lower(email) = lower(:login) and security_key_hash = :hash and not banned
                        """)
                .param("login", login.trim())
                .param("hash", SecretHashes.sha256(securityKey))
                .query((rs, row) -> rs.getLong("id"))
                .optional();
        return memberId.map(this::store);
    }

    private String store(long memberId) {
        String token = SecretHashes.randomSecret();
        Instant now = clock.instant();

        jdbc.sql("""
                        insert into api_tokens (token_hash, org_id, member_id, created_at, expires_at)
                        select :hash, org_id, id, :now, :expires from members where id = :member
                        """)
                .param("hash", SecretHashes.sha256(token))
                .param("now", java.sql.Timestamp.from(now))
                .param("expires", java.sql.Timestamp.from(now.plus(TOKEN_LIFETIME)))
                .param("member", memberId)
                .update();
        log.info("API token issued for member {}", memberId);
        return token;
    }

    @Override
    public TokenCheck check(String token) {
        record Row(long memberId, Instant expiresAt, Instant revokedAt) {
        }
        Optional<Row> row = jdbc.sql("select member_id, expires_at, revoked_at from api_tokens where token_hash = :hash")
                .param("hash", SecretHashes.sha256(token))
                .query((rs, n) -> new Row(rs.getLong("member_id"), rs.getTimestamp("expires_at").toInstant(),
                        rs.getTimestamp("revoked_at") == null ? null : rs.getTimestamp("revoked_at").toInstant()))
                .optional();
        if (row.isEmpty()) {
            return new TokenCheck(Optional.empty(), "invalid_token");
        }
        if (row.get().revokedAt() != null) {
            return new TokenCheck(Optional.empty(), "revoked_token");
        }
        if (!row.get().expiresAt().isAfter(clock.instant())) {
            return new TokenCheck(Optional.empty(), "expired_token");
        }
        return accounts.findById(row.get().memberId())
                .filter(MemberPrincipal::isEnabledForApi)
                .map(principal -> new TokenCheck(Optional.of(principal.member()), null))
                .orElseGet(() -> new TokenCheck(Optional.empty(), "revoked_token"));
    }

    @Override
    @Transactional
    public String resetSecurityKey(long memberId) {
        String key = SecretHashes.randomSecret();

        jdbc.sql("update members set security_key_hash = :hash where id = :id")
                .param("hash", SecretHashes.sha256(key))
                .param("id", memberId)
                .update();
        jdbc.sql("update api_tokens set revoked_at = :now where member_id = :id and revoked_at is null")
                .param("now", java.sql.Timestamp.from(clock.instant()))
                .param("id", memberId)
                .update();

        log.info("Security key reset for member {}; earlier tokens revoked", memberId);
        return key;
    }
}
