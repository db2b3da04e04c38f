package io.potok.processes;

import java.time.ZoneId;
import java.util.Locale;
import java.util.UUID;

import io.potok.TestOrganizations;
import io.potok.demo.DemoWorkspace;
import io.potok.identity.CurrentMember;
import io.potok.identity.Member;
import io.potok.identity.Members;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Organisations and signed-in administrators for process file tests: the demo workspace's administrator, and
 * fresh organisations with nothing but one administrator.
 */
public final class ProcessFixtures {

    private final JdbcClient jdbc;
    private final Members members;

    public ProcessFixtures(JdbcClient jdbc, Members members) {
        this.jdbc = jdbc;
        this.members = members;
    }

    public long demoOrg() {
        return jdbc.sql("select id from organizations where is_demo order by id limit 1").query(Long.class).single();
    }

    public CurrentMember demoAdmin() {
        return signedIn(members.findByEmail(demoOrg(), DemoWorkspace.ADMIN_EMAIL).orElseThrow());
    }

    /** Creates an empty organisation whose only member is an administrator, and signs that member in. */
    public CurrentMember freshAdmin() {
        long org = new TestOrganizations(jdbc).organization();
        return signedIn(memberOf(org, true));
    }

    /** Adds a member to the organisation with a unique email. */
    public Member memberOf(long orgId, boolean admin) {
        String email = "process-" + UUID.randomUUID() + "@test.local";
        long id = jdbc.sql("""
                        insert into members (org_id, email, first_name, last_name, is_admin)
                        values (:org, :email, 'Анна', 'Иванова', :admin) returning id
                        """)
                .param("org", orgId)
                .param("email", email)
                .param("admin", admin)
                .query(Long.class)
                .single();
        return members.find(orgId, id).orElseThrow();
    }

    public static CurrentMember signedIn(Member member) {
        return new CurrentMember(member.id(), member.orgId(), member.email(), member.displayName(), member.admin(),
                Locale.forLanguageTag("ru"), ZoneId.of("Europe/Moscow"));
    }
}
