package io.potok;

import java.time.ZoneId;
import java.util.Locale;
import java.util.UUID;

import io.potok.identity.CurrentMember;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Writes organisations, members, departments and roles straight into the identity tables, each with a
 * unique name, so that tests sharing the database never see each other's fixtures.
 */
public final class TestOrganizations {

    private final JdbcClient jdbc;

    public TestOrganizations(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public long organization() {
        return jdbc.sql("insert into organizations (name) values (:name) returning id")
                .param("name", "Test org " + UUID.randomUUID())
                .query(Long.class).single();
    }

    public long member(long orgId, Long departmentId) {
        return jdbc.sql("""
                        insert into members (org_id, email, first_name, last_name, department_id)
                        values (:org, :email, 'Test', 'Member', :department) returning id
                        """)
                .param("org", orgId)
                .param("email", UUID.randomUUID() + "@test.local")
                .param("department", departmentId)
                .query(Long.class).single();
    }

    public long department(long orgId, Long parentId, Long headId) {
        return jdbc.sql("""
                        insert into departments (org_id, parent_id, name, head_id)
                        values (:org, :parent, :name, :head) returning id
                        """)
                .param("org", orgId)
                .param("parent", parentId)
                .param("name", "Department " + UUID.randomUUID())
                .param("head", headId)
                .query(Long.class).single();
    }

    public void moveTo(long memberId, long departmentId) {
        jdbc.sql("update members set department_id = :department where id = :id")
                .param("department", departmentId).param("id", memberId).update();
    }

    public long role(long orgId, long... memberIds) {
        long roleId = jdbc.sql("insert into roles (org_id, name) values (:org, :name) returning id")
                .param("org", orgId)
                .param("name", "Role " + UUID.randomUUID())
                .query(Long.class).single();
        for (long memberId : memberIds) {
            jdbc.sql("insert into role_members (role_id, member_id) values (:role, :member)")
                    .param("role", roleId).param("member", memberId).update();
        }
        return roleId;
    }

    public void ban(long memberId) {
        jdbc.sql("update members set banned = true where id = :id").param("id", memberId).update();
    }

    public static CurrentMember signedIn(long orgId, long memberId, boolean admin) {
        return new CurrentMember(memberId, orgId, memberId + "@test.local", "Test Member", admin,
                Locale.forLanguageTag("ru"), ZoneId.of("Europe/Moscow"));
    }
}
