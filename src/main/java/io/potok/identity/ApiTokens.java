package io.potok.identity;

import java.util.Optional;

/**
 * Issues and checks API access tokens. A token is obtained with a member's email and security key and
 * stops working when it expires or the key is reset.
 */
public interface ApiTokens {

    /**
     * Issues a new access token, or returns empty when the login or security key is wrong or the member is
     * blocked.
     */
    Optional<String> issue(String login, String securityKey);

    /**
     * Resolves a bearer token to the member it acts for.
     */
    TokenCheck check(String token);

    /**
     * Sets a new random security key for the member, revoking every token issued before, and returns the
     * key. It is shown to the member once and only its hash is stored.
     */
    String resetSecurityKey(long memberId);

    /**
     * The result of checking a token: the member, or why the token is not accepted.
     *
     * @param member present when the token is valid
     * @param failure {@code invalid_token}, {@code expired_token} or {@code revoked_token} otherwise
     */
    record TokenCheck(Optional<CurrentMember> member, String failure) {
    }
}
