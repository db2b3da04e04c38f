package io.potok;

import java.util.List;

import io.potok.identity.CurrentMember;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;

/**
 * Signs MockMvc page requests in as a member, the way a session login does.
 */
public final class PageRequests {

    private PageRequests() {
    }

    public static RequestPostProcessor signedInAs(CurrentMember member) {
        return authentication(new UsernamePasswordAuthenticationToken(member, null,
                List.of(new SimpleGrantedAuthority("ROLE_MEMBER"))));
    }
}
