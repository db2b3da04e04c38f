package io.potok.tasks.internal;

import java.util.Collection;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

import io.potok.identity.Member;
import io.potok.identity.Members;
import io.potok.tasks.MemberNotFound;
import org.springframework.stereotype.Component;

/**
 * Checks that members named in a request belong to the organisation.
 */
@Component
class MemberChecks {

    private final Members members;

    MemberChecks(Members members) {
        this.members = members;
    }

    /** @throws MemberNotFound naming the first id that is not a member of the organisation */
    void requireMembers(long orgId, Collection<Long> memberIds) {
        Set<Long> ids = new HashSet<>(memberIds);
        ids.remove(null);
        if (ids.isEmpty()) {
            return;
        }
        Map<Long, Member> found = members.findAll(orgId, ids);
        ids.stream().filter(id -> !found.containsKey(id)).sorted().findFirst().ifPresent(missing -> {
            throw new MemberNotFound(missing);
        });
    }
}
