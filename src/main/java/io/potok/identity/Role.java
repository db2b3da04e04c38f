package io.potok.identity;

import java.util.List;

/**
 * A named group of members that route steps and form grants can address.
 *
 * @param id role id
 * @param name role name
 * @param banned whether the role is blocked
 * @param memberIds ids of its members, in id order
 */
public record Role(long id, String name, boolean banned, List<Long> memberIds) {
}
