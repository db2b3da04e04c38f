package io.potok.identity;

import java.io.Serializable;
import java.time.ZoneId;
import java.util.Locale;

import io.potok.platform.web.PageUser;

/**
 * The signed-in member (or API caller) a request acts as.
 *
 * @param memberId the member
 * @param orgId the member's organisation; every query is limited to it
 * @param email sign-in email
 * @param displayName first and last name
 * @param admin whether the member administers the organisation
 * @param locale the member's language for pages and messages
 * @param zone the member's time zone, or the organisation's when the member has none
 */
// Serializable because the signed-in member is stored in the JDBC session with the security context.
public record CurrentMember(long memberId, long orgId, String email, String displayName, boolean admin,
                            Locale locale, ZoneId zone) implements PageUser, Serializable {
}
