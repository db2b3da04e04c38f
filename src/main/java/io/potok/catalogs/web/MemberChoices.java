package io.potok.catalogs.web;

import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import io.potok.identity.Member;
import io.potok.identity.Members;
import org.springframework.stereotype.Component;

/**
 * The organisation's members as member cells need them: names to show for stored emails, and the people an
 * administrator may pick.
 */
@Component
class MemberChoices {

    private final Members members;

    MemberChoices(Members members) {
        this.members = members;
    }

    /** Returns every member's display name keyed by lower-case email, blocked members included. */
    Map<String, String> names(long orgId) {
        return members.list(orgId).stream()
                .collect(Collectors.toMap(member -> member.email().toLowerCase(Locale.ROOT), Member::displayName,
                        (first, second) -> first));
    }

    /** Returns the members who can be picked for a member cell: not blocked, not bots, ordered by name. */
    List<MemberOption> pickable(long orgId) {
        return members.list(orgId).stream()
                .filter(member -> !member.banned() && !member.bot())
                .map(member -> new MemberOption(member.email().toLowerCase(Locale.ROOT), member.displayName()))
                .sorted(Comparator.comparing(MemberOption::name, String.CASE_INSENSITIVE_ORDER))
                .toList();
    }

    /** Returns the options keyed by email, for looking up a stored cell. */
    static Map<String, MemberOption> byEmail(List<MemberOption> options) {
        return options.stream().collect(Collectors.toMap(MemberOption::email, Function.identity()));
    }
}
