package io.potok.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import io.potok.PotokTest;
import io.potok.TestOrganizations;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

@PotokTest
class MembersTests {

    @Autowired
    Members members;

    @Autowired
    JdbcClient jdbc;

    @Test
    void findsMemberOnlyInOwnOrganization() {
        var fixtures = new TestOrganizations(jdbc);
        long org = fixtures.organization();
        long otherOrg = fixtures.organization();
        long member = fixtures.member(org, null);

        assertThat(members.find(org, member)).map(Member::id).contains(member);
        assertThat(members.find(otherOrg, member)).isEmpty();
        assertThat(members.findAll(otherOrg, List.of(member))).isEmpty();
        assertThat(members.list(org)).extracting(Member::id).containsExactly(member);
    }

    @Test
    void roleMembersSkipBlockedMembers() {
        var fixtures = new TestOrganizations(jdbc);
        long org = fixtures.organization();
        long active = fixtures.member(org, null);
        long blocked = fixtures.member(org, null);
        long role = fixtures.role(org, active, blocked);
        fixtures.ban(blocked);

        assertThat(members.roleMemberIds(org, role)).containsExactly(active);
        assertThat(members.roleIdsOf(org, blocked)).containsExactly(role);
        assertThat(members.roleMemberIds(fixtures.organization(), role)).isEmpty();
    }

    @Test
    void departmentHeadSkipsTheMemberThemself() {
        var fixtures = new TestOrganizations(jdbc);
        long org = fixtures.organization();
        long director = fixtures.member(org, null);
        long top = fixtures.department(org, null, director);
        long salesHead = fixtures.member(org, null);
        long sales = fixtures.department(org, top, salesHead);
        fixtures.moveTo(salesHead, sales);
        long manager = fixtures.member(org, sales);

        assertThat(members.departmentHeadOf(org, manager)).contains(salesHead);
        assertThat(members.departmentHeadOf(org, salesHead)).contains(director);
        assertThat(members.departmentIdsOf(org, manager)).containsExactly(sales, top);
    }

    @Test
    void membersUnderHeadIncludeLowerDepartments() {
        var fixtures = new TestOrganizations(jdbc);
        long org = fixtures.organization();
        long director = fixtures.member(org, null);
        long top = fixtures.department(org, null, director);
        long sales = fixtures.department(org, top, null);
        long manager = fixtures.member(org, sales);
        long outsider = fixtures.member(org, null);

        assertThat(members.membersUnder(org, director)).containsExactlyInAnyOrder(director, manager);
        assertThat(members.membersUnder(org, director)).doesNotContain(outsider);
        assertThat(members.membersUnder(org, manager)).containsExactly(manager);
    }
}
