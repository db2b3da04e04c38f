package io.potok.identity.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import io.potok.identity.CurrentMember;
import io.potok.identity.Department;
import io.potok.identity.Member;
import io.potok.identity.Members;
import io.potok.identity.Role;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * Members, roles and departments read from the identity tables.
 */
@Service
class JdbcMembers implements Members {

    private static final String SELECT_MEMBER = """
            select id, org_id, email, first_name, last_name, position, department_id, kind, banned, is_admin
              from members
            """;

    private final JdbcClient jdbc;
    private final MemberAccounts accounts;

    JdbcMembers(JdbcClient jdbc, MemberAccounts accounts) {
        this.jdbc = jdbc;
        this.accounts = accounts;
    }

    @Override
    public Optional<CurrentMember> actingAs(long orgId, long memberId) {
        return accounts.findById(memberId)
                .filter(principal -> !principal.banned() && principal.member().orgId() == orgId)
                .map(MemberPrincipal::member);
    }

    @Override
    public Optional<Member> find(long orgId, long memberId) {
        return jdbc.sql(SELECT_MEMBER + " where org_id = :org and id = :id")
                .param("org", orgId)
                .param("id", memberId)
                .query((rs, row) -> member(rs))
                .optional();
    }

    @Override
    public long automationMemberId(long orgId) {
        String email = "automation-" + orgId + "@automation.potok.invalid";
        Optional<Long> existing = jdbc.sql("select id from members where org_id = :org and lower(email) = :email")
                .param("org", orgId).param("email", email).query(Long.class).optional();
        if (existing.isPresent()) {
            return existing.get();
        }
        jdbc.sql("""
                        insert into members (org_id, email, first_name, kind)
                        values (:org, :email, 'Автоматизация', 'bot')
                        on conflict do nothing""")
                .param("org", orgId).param("email", email).update();
        return jdbc.sql("select id from members where org_id = :org and lower(email) = :email")
                .param("org", orgId).param("email", email).query(Long.class).single();
    }

    @Override
    public Optional<Member> findByEmail(long orgId, String email) {
        return jdbc.sql(SELECT_MEMBER + " where org_id = :org and lower(email) = lower(:email)")
                .param("org", orgId)
                .param("email", email.trim())
                .query((rs, row) -> member(rs))
                .optional();
    }

    @Override
    public Map<Long, Member> findAll(long orgId, Collection<Long> memberIds) {
        Map<Long, Member> found = new LinkedHashMap<>();
        if (memberIds.isEmpty()) {
            return found;
        }
        jdbc.sql(SELECT_MEMBER + " where org_id = :org and id in (:ids) order by id")
                .param("org", orgId)
                .param("ids", List.copyOf(memberIds))
                .query((rs, row) -> member(rs))
                .list()
                .forEach(member -> found.put(member.id(), member));
        return found;
    }

    @Override
    public List<Member> list(long orgId) {
        return jdbc.sql(SELECT_MEMBER + " where org_id = :org order by last_name, first_name, id")
                .param("org", orgId)
                .query((rs, row) -> member(rs))
                .list();
    }

    @Override
    public List<Department> departments(long orgId) {
        return jdbc.sql("select id, parent_id, name, head_id from departments where org_id = :org order by name, id")
                .param("org", orgId)
                .query((rs, row) -> new Department(rs.getLong("id"), rs.getObject("parent_id", Long.class),
                        rs.getString("name"), rs.getObject("head_id", Long.class)))
                .list();
    }

    @Override
    public List<Role> roles(long orgId) {
        return jdbc.sql("""
                        select r.id, r.name, r.banned,
                               coalesce(array_agg(rm.member_id order by rm.member_id)
                                        filter (where rm.member_id is not null), '{}') as member_ids
                          from roles r left join role_members rm on rm.role_id = r.id
                         where r.org_id = :org
                         group by r.id order by r.name, r.id
                        """)
                .param("org", orgId)
                .query((rs, row) -> new Role(rs.getLong("id"), rs.getString("name"), rs.getBoolean("banned"),
                        List.of((Long[]) rs.getArray("member_ids").getArray())))
                .list();
    }

    @Override
    public Set<Long> roleMemberIds(long orgId, long roleId) {
        return idSet(jdbc.sql("""
                        select m.id from role_members rm
                          join roles r on r.id = rm.role_id
                          join members m on m.id = rm.member_id
                         where r.org_id = :org and r.id = :role and not m.banned
                         order by m.id
                        """)
                .param("org", orgId)
                .param("role", roleId)
                .query(Long.class)
                .list());
    }

    @Override
    public Set<Long> roleIdsOf(long orgId, long memberId) {
        return idSet(jdbc.sql("""
                        select r.id from role_members rm join roles r on r.id = rm.role_id
                         where r.org_id = :org and rm.member_id = :member and not r.banned
                         order by r.id
                        """)
                .param("org", orgId)
                .param("member", memberId)
                .query(Long.class)
                .list());
    }

    @Override
    public Set<Long> departmentIdsOf(long orgId, long memberId) {
        return idSet(jdbc.sql("""
                        with recursive chain (id, parent_id, depth) as (
                            select d.id, d.parent_id, 0 from departments d
                              join members m on m.department_id = d.id
                             where m.org_id = :org and m.id = :member
                            union all
                            select p.id, p.parent_id, c.depth + 1 from departments p join chain c on p.id = c.parent_id
                             where c.depth < 100
                        )
                        select id from chain order by depth
                        """)
                .param("org", orgId)
                .param("member", memberId)
                .query(Long.class)
                .list());
    }

    @Override
    public Optional<Long> departmentHeadOf(long orgId, long memberId) {
        return jdbc.sql("""
                        with recursive chain (id, parent_id, head_id, depth) as (
                            select d.id, d.parent_id, d.head_id, 0 from departments d
                              join members m on m.department_id = d.id
                             where m.org_id = :org and m.id = :member
                            union all
                            select p.id, p.parent_id, p.head_id, c.depth + 1
                              from departments p join chain c on p.id = c.parent_id
                             where c.depth < 100
                        )
                        select head_id from chain
                         where head_id is not null and head_id <> :member
                         order by depth limit 1
                        """)
                .param("org", orgId)
                .param("member", memberId)
                .query(Long.class)
                .optional();
    }

    @Override
    public Set<Long> membersUnder(long orgId, long headId) {
        Set<Long> ids = new LinkedHashSet<>();
        ids.add(headId);
        ids.addAll(jdbc.sql("""
                        with recursive tree (id, depth) as (
                            select id, 0 from departments where org_id = :org and head_id = :head
                            union all
                            select d.id, t.depth + 1 from departments d join tree t on d.parent_id = t.id
                             where t.depth < 100
                        )
                        select m.id from members m
                         where m.org_id = :org and m.department_id in (select id from tree)
                         order by m.id
                        """)
                .param("org", orgId)
                .param("head", headId)
                .query(Long.class)
                .list());
        return ids;
    }

    private static Set<Long> idSet(List<Long> ids) {
        return new LinkedHashSet<>(ids);
    }

    private static Member member(ResultSet rs) throws SQLException {
        Long department = rs.getObject("department_id", Long.class);
        return new Member(rs.getLong("id"), rs.getLong("org_id"), rs.getString("email"), rs.getString("first_name"),
                rs.getString("last_name"), rs.getString("position"), department,
                "bot".equals(rs.getString("kind")), rs.getBoolean("banned"), rs.getBoolean("is_admin"));
    }
}
