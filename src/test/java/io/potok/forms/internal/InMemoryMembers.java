package io.potok.forms.internal;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import io.potok.identity.Member;
import io.potok.identity.Members;

/**
 * Members kept in memory; the org chart queries are not needed by the value codec and are not supported.
 */
class InMemoryMembers implements Members {

    private final Map<Long, Member> members = new LinkedHashMap<>();

    InMemoryMembers add(Member member) {
        members.put(member.id(), member);
        return this;
    }

    @Override
    public Optional<Member> find(long orgId, long memberId) {
        return Optional.ofNullable(members.get(memberId)).filter(member -> member.orgId() == orgId);
    }

    @Override
    public Optional<io.potok.identity.CurrentMember> actingAs(long orgId, long memberId) {
        return Optional.empty();
    }

    @Override
    public Optional<Member> findByEmail(long orgId, String email) {
        return members.values().stream()
                .filter(member -> member.orgId() == orgId && member.email().equalsIgnoreCase(email))
                .findFirst();
    }

    @Override
    public Map<Long, Member> findAll(long orgId, Collection<Long> memberIds) {
        Map<Long, Member> found = new LinkedHashMap<>();
        memberIds.forEach(id -> find(orgId, id).ifPresent(member -> found.put(id, member)));
        return found;
    }

    @Override
    public List<Member> list(long orgId) {
        return members.values().stream().filter(member -> member.orgId() == orgId).toList();
    }

    @Override
    public List<io.potok.identity.Department> departments(long orgId) {
        return List.of();
    }

    @Override
    public List<io.potok.identity.Role> roles(long orgId) {
        return List.of();
    }

    @Override
    public Set<Long> roleMemberIds(long orgId, long roleId) {
        throw new UnsupportedOperationException("not used by the value codec");
    }

    @Override
    public Set<Long> roleIdsOf(long orgId, long memberId) {
        throw new UnsupportedOperationException("not used by the value codec");
    }

    @Override
    public Set<Long> departmentIdsOf(long orgId, long memberId) {
        throw new UnsupportedOperationException("not used by the value codec");
    }

    @Override
    public Optional<Long> departmentHeadOf(long orgId, long memberId) {
        throw new UnsupportedOperationException("not used by the value codec");
    }

    @Override
    public Set<Long> membersUnder(long orgId, long headId) {
        throw new UnsupportedOperationException("not used by the value codec");
    }

    @Override
    public long automationMemberId(long orgId) {
        throw new UnsupportedOperationException("No automation bot in memory");
    }
}
