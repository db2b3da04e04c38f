package io.potok.identity.internal;

import java.time.ZoneId;
import java.util.Collection;
import java.util.List;
import java.util.Locale;

import io.potok.identity.Organizations;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Writes organisations, departments, members and roles to the identity tables.
 */
@Service
class JdbcOrganizations implements Organizations {

    private static final Logger log = LoggerFactory.getLogger(JdbcOrganizations.class);

    private final JdbcClient jdbc;
    private final PasswordEncoder passwords;

    JdbcOrganizations(JdbcClient jdbc, PasswordEncoder passwords) {
        this.jdbc = jdbc;
        this.passwords = passwords;
    }

    @Override
    public boolean anyExist() {
        return jdbc.sql("select exists (select 1 from organizations)").query(Boolean.class).single();
    }

    @Override
    public List<Long> ids() {
        return jdbc.sql("select id from organizations order by id").query(Long.class).list();
    }

    @Override
    @Transactional
    public long create(String name, ZoneId zone, boolean demo) {
        long orgId = jdbc.sql("""
                        insert into organizations (name, time_zone, is_demo) values (:name, :zone, :demo) returning id
                        """)
                .param("name", name)
                .param("zone", zone.getId())
                .param("demo", demo)
                .query(Long.class)
                .single();
        log.info("Organisation {} created (demo: {})", orgId, demo);
        return orgId;
    }

    @Override
    public ZoneId timeZone(long orgId) {
        String zone = jdbc.sql("select time_zone from organizations where id = :org")
                .param("org", orgId)
                .query(String.class)
                .optional()
                .orElseThrow(() -> new IllegalArgumentException("Organisation " + orgId + " does not exist"));
        return ZoneId.of(zone);
    }

    @Override
    @Transactional
    public long createDepartment(long orgId, Long parentId, String name) {
        return jdbc.sql("""
                        insert into departments (org_id, parent_id, name)
                        select :org, :parent, :name
                         where :parent::bigint is null or exists (select 1 from departments where id = :parent and org_id = :org)
                        returning id
                        """)
                .param("org", orgId)
                .param("parent", parentId)
                .param("name", name)
                .query(Long.class)
                .optional()
                .orElseThrow(() -> new IllegalArgumentException("Department " + parentId + " is not in organisation " + orgId));
    }

    @Override
    @Transactional
    public void assignHead(long orgId, long departmentId, long headId) {
        int updated = jdbc.sql("""
                        update departments set head_id = :head
                         where id = :department and org_id = :org
                           and exists (select 1 from members where id = :head and org_id = :org)
                        """)
                .param("head", headId)
                .param("department", departmentId)
                .param("org", orgId)
                .update();
        if (updated == 0) {
            throw new IllegalArgumentException(
                    "Department " + departmentId + " or member " + headId + " is not in organisation " + orgId);
        }
    }

    @Override
    @Transactional
    public long createMember(long orgId, NewMember member) {
        return jdbc.sql("""
                        insert into members (org_id, email, first_name, last_name, position, department_id, is_admin,
                                             password_hash, security_key_hash)
                        values (:org, :email, :first, :last, :position, :department, :admin, :password, :key)
                        returning id
                        """)
                .param("org", orgId)
                .param("email", member.email().trim())
                .param("first", member.firstName())
                .param("last", member.lastName() == null ? "" : member.lastName())
                .param("position", member.position())
                .param("department", member.departmentId())
                .param("admin", member.admin())
                .param("password", member.password() == null ? null : passwords.encode(member.password()))
                .param("key", member.securityKey() == null ? null : SecretHashes.sha256(member.securityKey()))
                .query(Long.class)
                .single();
    }

    @Override
    @Transactional
    public long createRole(long orgId, String name, Collection<Long> memberIds) {
        long roleId = jdbc.sql("insert into roles (org_id, name) values (:org, :name) returning id")
                .param("org", orgId)
                .param("name", name)
                .query(Long.class)
                .single();
        for (long memberId : memberIds) {
            jdbc.sql("""
                            insert into role_members (role_id, member_id)
                            select :role, id from members where id = :member and org_id = :org
                            """)
                    .param("role", roleId)
                    .param("member", memberId)
                    .param("org", orgId)
                    .update();
        }
        return roleId;
    }

    @Override
    @Transactional
    public void changeLocale(long orgId, long memberId, Locale locale) {
        jdbc.sql("update members set locale = :locale where id = :id and org_id = :org")
                .param("locale", locale.toLanguageTag())
                .param("id", memberId)
                .param("org", orgId)
                .update();
    }
}
