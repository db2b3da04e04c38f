package io.potok.tasks;

import io.potok.platform.PotokException;

/**
 * A member named in a change (responsible, subscriber, participant, new assignee) is not in the organisation.
 */
public class MemberNotFound extends PotokException {

    public MemberNotFound(long memberId) {
        super("member_not_found", 400, memberId);
    }
}
