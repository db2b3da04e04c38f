package io.potok.identity.internal;

import java.time.ZoneId;
import java.util.Locale;
import java.util.Optional;

import io.potok.identity.CurrentMember;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Component;

/**
 * Loads members for sign-in and for API tokens.
 */
@Component
class MemberAccounts implements UserDetailsService {

    private static final String SELECT_MEMBER = """
            select m.id, m.org_id, m.email, m.first_name, m.last_name, m.is_admin, m.locale,
                   coalesce(m.time_zone, o.time_zone) as zone, m.password_hash, m.banned, m.kind
              from members m join organizations o on o.id = m.org_id
            """;

    private final JdbcClient jdbc;

    MemberAccounts(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public MemberPrincipal loadUserByUsername(String email) {
        return findByEmail(email).orElseThrow(() -> new UsernameNotFoundException("No member with this email"));
    }

    Optional<MemberPrincipal> findByEmail(String email) {
        return jdbc.sql(SELECT_MEMBER + " where lower(m.email) = lower(:email)")
                .param("email", email.trim())
                .query((rs, row) -> principal(rs))
                .optional();
    }

    Optional<MemberPrincipal> findById(long memberId) {
        return jdbc.sql(SELECT_MEMBER + " where m.id = :id")
                .param("id", memberId)
                .query((rs, row) -> principal(rs))
                .optional();
    }

    private static MemberPrincipal principal(java.sql.ResultSet rs) throws java.sql.SQLException {
        String name = (rs.getString("first_name") + " " + rs.getString("last_name")).trim();
        CurrentMember member = new CurrentMember(rs.getLong("id"), rs.getLong("org_id"), rs.getString("email"),
                name, rs.getBoolean("is_admin"), Locale.forLanguageTag(rs.getString("locale")),
                ZoneId.of(rs.getString("zone")));
        return new MemberPrincipal(member, rs.getString("password_hash"), rs.getBoolean("banned"));
    }
}
