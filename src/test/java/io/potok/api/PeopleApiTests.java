package io.potok.api;

import static org.assertj.core.api.Assertions.assertThat;

import io.potok.PotokTest;
import io.potok.TestOrganizations;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

@PotokTest
class PeopleApiTests {

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    private record Team(long org, long department, ApiCaller head, ApiCaller member, long role) {
    }

    private Team team() {
        var fixtures = new TestOrganizations(jdbc);
        long org = fixtures.organization();
        ApiCaller head = ApiCaller.create(jdbc, port, org, null, false);
        long department = fixtures.department(org, null, head.memberId);
        ApiCaller member = ApiCaller.create(jdbc, port, org, department, false);
        long role = fixtures.role(org, member.memberId);
        return new Team(org, department, head, member, role);
    }

    private static JsonNode byId(JsonNode array, long id) {
        for (JsonNode element : array) {
            if (element.get("id").asLong() == id) {
                return element;
            }
        }
        throw new AssertionError("No element with id " + id + " in " + array);
    }

    @Test
    void profileDescribesCaller() {
        Team team = team();

        JsonNode profile = team.member().get("/api/v4/profile").json();

        assertThat(profile.get("person_id").asLong()).isEqualTo(team.member().memberId);
        assertThat(profile.get("email").asString()).isEqualTo(team.member().email);
        assertThat(profile.get("first_name").asString()).isEqualTo("Иван");
        assertThat(profile.get("organization_id").asLong()).isEqualTo(team.org());
        assertThat(profile.get("department_id").asLong()).isEqualTo(team.department());
    }

    @Test
    void membersHaveRecordedShape() {
        Team team = team();

        ApiCaller.Reply reply = team.head().get("/api/v4/members");

        assertThat(reply.status()).isEqualTo(200);
        JsonNode member = byId(reply.json().get("members"), team.member().memberId);
        WireShapes.assertSameShape(member, ApiCaller.fixture("member.json"), "external_id", "skype", "phone");
        assertThat(member.get("department_id").asLong()).isEqualTo(team.department());
        assertThat(member.get("department_name").asString()).startsWith("Department ");
        assertThat(member.get("type").asString()).isEqualTo("user");
    }

    @Test
    void membersListOnlyOwnOrganization() {
        Team team = team();
        Team other = team();

        JsonNode members = team.head().get("/api/v4/members").json().get("members");

        assertThat(members).hasSize(2);
        assertThat(members.findValuesAsString("email")).doesNotContain(other.member().email);
    }

    @Test
    void rolesHaveRecordedShape() {
        Team team = team();

        JsonNode roles = team.member().get("/v4/roles").json().get("roles");

        assertThat(roles).hasSize(1);
        WireShapes.assertSameShape(roles.get(0), ApiCaller.fixture("role.json"));
        assertThat(roles.get(0).get("id").asLong()).isEqualTo(team.role());
        assertThat(roles.get(0).get("member_ids").get(0).asLong()).isEqualTo(team.member().memberId);
    }

    @Test
    void orgChartListsDepartmentsWithHeads() {
        Team team = team();
        long sub = new TestOrganizations(jdbc).department(team.org(), team.department(), null);

        JsonNode departments = team.member().get("/api/v4/orgchart").json().get("departments");

        assertThat(departments).hasSize(2);
        JsonNode top = byId(departments, team.department());
        assertThat(top.get("manager_id").asLong()).isEqualTo(team.head().memberId);
        assertThat(top.get("department_name").asString()).startsWith("Department ");
        assertThat(top.has("parent_id")).isFalse();
        assertThat(byId(departments, sub).get("parent_id").asLong()).isEqualTo(team.department());
    }
}
