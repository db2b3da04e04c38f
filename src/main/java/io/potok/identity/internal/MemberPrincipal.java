package io.potok.identity.internal;

import java.util.Collection;
import java.util.List;

import io.potok.identity.CurrentMember;
import io.potok.platform.web.PageUser;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;

/**
 * Spring Security's view of a member who signs in with a password.
 */
record MemberPrincipal(CurrentMember member, String passwordHash, boolean banned) implements UserDetails, PageUser {

    @Override
    public String displayName() {
        return member.displayName();
    }

    @Override
    public java.util.Locale locale() {
        return member.locale();
    }

    @Override
    public java.time.ZoneId zone() {
        return member.zone();
    }

    @Override
    public boolean admin() {
        return member.admin();
    }


    @Override
    public Collection<? extends GrantedAuthority> getAuthorities() {
        return member.admin()
                ? List.of(new SimpleGrantedAuthority("ROLE_MEMBER"), new SimpleGrantedAuthority("ROLE_ADMIN"))
                : List.of(new SimpleGrantedAuthority("ROLE_MEMBER"));
    }

    @Override
    public String getPassword() {
        return passwordHash;
    }

    @Override
    public String getUsername() {
        return member.email();
    }

    @Override
    public boolean isEnabled() {
        return !banned && passwordHash != null;
    }

    boolean isEnabledForApi() {
        return !banned;
    }
}
