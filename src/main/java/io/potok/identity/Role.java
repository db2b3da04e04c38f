package io.potok.identity;

import java.util.List;

/**
 * A role of an organisation: a named group of members that a route step or a form grant can name.
 *
 * @param id role id
 * @param orgId organisation id
 * @param name role name
 * @param banned whether the role is blocked
 * @param memberIds ids of the role's members in id order, blocked members included
 */
public record Role(long id, long orgId, String name, boolean banned, List<Long> memberIds) {

    public Role {
        memberIds = List.copyOf(memberIds);
    }
}
