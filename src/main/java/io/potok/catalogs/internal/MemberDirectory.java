package io.potok.catalogs.internal;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import io.potok.identity.Member;
import io.potok.identity.Members;

/**
 * The members of one organisation by email and by full name, read on first use.
 */
final class MemberDirectory {

    private final Members members;
    private final long orgId;
    private Map<String, String> emailsByEmail;
    private Map<String, String> emailsByName;

    MemberDirectory(Members members, long orgId) {
        this.members = members;
        this.orgId = orgId;
    }

    /**
     * Returns the lower-case email of the member with this email (any case, blocked members included) or
     * with exactly this full name among active members. The result is empty when no active member, or more
     * than one, has the name.
     */
    Optional<String> email(String emailOrName) {
        load();
        if (emailOrName.contains("@")) {
            return Optional.ofNullable(emailsByEmail.get(emailOrName.toLowerCase(Locale.ROOT)));
        }
        return Optional.ofNullable(emailsByName.get(emailOrName));
    }

    private void load() {
        if (emailsByEmail != null) {
            return;
        }
        List<Member> all = members.list(orgId);
        emailsByEmail = new HashMap<>();
        emailsByName = new HashMap<>();
        Set<String> ambiguousNames = new HashSet<>();
        for (Member member : all) {
            String email = member.email().toLowerCase(Locale.ROOT);
            emailsByEmail.put(email, email);
            if (!member.banned() && emailsByName.putIfAbsent(member.displayName(), email) != null) {
                ambiguousNames.add(member.displayName());
            }
        }
        emailsByName.keySet().removeAll(ambiguousNames);
    }
}
