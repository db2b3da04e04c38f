package io.potok.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import java.util.Set;

import io.potok.PotokTest;
import io.potok.catalogs.Catalog;
import io.potok.catalogs.CatalogItem;
import io.potok.catalogs.Catalogs;
import io.potok.forms.AccessLevel;
import io.potok.forms.Form;
import io.potok.forms.Forms;
import io.potok.forms.RouteDefinition;
import io.potok.identity.ApiTokens;
import io.potok.identity.CurrentMember;
import io.potok.identity.Member;
import io.potok.identity.Members;
import io.potok.workflow.BusinessCalendar;
import io.potok.workflow.BusinessCalendars;
import io.potok.workflow.RouteContext;
import io.potok.workflow.RouteEngine;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

@PotokTest
class DemoWorkspaceTests {

    @Autowired
    JdbcClient jdbc;

    @Autowired
    Members members;

    @Autowired
    Catalogs catalogs;

    @Autowired
    Forms forms;

    @Autowired
    ApiTokens tokens;

    @Autowired
    PasswordEncoder passwords;

    @Autowired
    RouteEngine routes;

    @Autowired
    BusinessCalendars calendars;

    private long demoOrg() {
        return jdbc.sql("select id from organizations where is_demo order by id limit 1").query(Long.class).single();
    }

    private List<Member> people(long org) {
        return members.list(org).stream().filter(member -> !member.bot()).toList();
    }

    private Member member(String localPart) {
        return members.findByEmail(demoOrg(), DemoWorkspace.email(localPart)).orElseThrow();
    }

    private CurrentMember signedIn(String localPart) {
        Member member = member(localPart);
        return new CurrentMember(member.id(), member.orgId(), member.email(), member.displayName(), member.admin(),
                java.util.Locale.forLanguageTag("ru"), java.time.ZoneId.of("Europe/Moscow"));
    }

    private Form form(String name) {
        return forms.list(demoOrg()).stream().filter(form -> form.name().equals(name)).findFirst().orElseThrow();
    }

    @Test
    void demoMembersUseDemoCredentials() {
        String hash = jdbc.sql("select password_hash from members where email = :email")
                .param("email", DemoWorkspace.ADMIN_EMAIL).query(String.class).single();

        assertThat(member("admin").admin()).isTrue();
        assertThat(member("retail1").admin()).isFalse();
        assertThat(passwords.matches("demo", hash)).isTrue();
        assertThat(tokens.issue("admin@demo.local", "demo-admin-key")).isPresent();
        assertThat(tokens.issue("retail1@demo.local", "demo-retail1-key")).isPresent();
        assertThat(tokens.issue("retail1@demo.local", "demo-admin-key")).isEmpty();
    }

    @Test
    void everyDemoEmailEndsWithDemoDomain() {
        // the automation bot that rules act as has its own address and never signs in
        assertThat(people(demoOrg())).extracting(Member::email).allMatch(email -> email.endsWith("@demo.local"));
        assertThat(members.list(demoOrg())).hasSizeGreaterThanOrEqualTo(25);
    }

    @Test
    void orgChartPutsDirectorOnTop() {
        long org = demoOrg();

        assertThat(members.departmentHeadOf(org, member("retail1").id())).contains(member("sales").id());
        assertThat(members.departmentHeadOf(org, member("sales").id())).contains(member("director").id());
        assertThat(members.departmentHeadOf(org, member("moscow2").id())).contains(member("moscow1").id());
        assertThat(members.membersUnder(org, member("director").id())).hasSize(people(org).size());
    }

    @Test
    void catalogsHoldClientsAndProducts() {
        long org = demoOrg();
        Catalog clients = catalogs.list(org).stream().filter(c -> c.name().equals("Клиенты")).findFirst().orElseThrow();
        Catalog products = catalogs.list(org).stream().filter(c -> c.name().equals("Товары")).findFirst().orElseThrow();

        List<CatalogItem> clientItems = catalogs.items(org, clients.id(), false);
        assertThat(clientItems).hasSize(500);
        assertThat(clientItems).extracting(item -> item.values().get(1))
                .containsOnly("Маркетплейс", "Региональный дистрибьютор", "Розница");
        assertThat(catalogs.items(org, products.id(), false)).hasSize(60);
        assertThat(catalogs.items(org, products.id(), false)).extracting(item -> item.values().get(3))
                .allMatch(price -> price.matches("\\d+\\.\\d{2}"));
    }

    @Test
    void ordersRouteAssignsRolesByValues() {
        long org = demoOrg();
        Form orders = form(DemoWorkspace.ORDERS_FORM);
        RouteDefinition route = orders.definition().route();

        assertThat(route.steps()).extracting(RouteDefinition.Step::name).containsExactly("Менеджер", "Склад", "Доставка");
        assertThat(route.step(2)).map(RouteDefinition.Step::rejectToStep).contains(1);
        assertThat(route.step(3)).map(RouteDefinition.Step::rejectToStep).contains(1);
        Long retailRole = route.step(1).orElseThrow().assignees().get(2).who().roleId();
        assertThat(members.roleMemberIds(org, retailRole)).contains(member("retail1").id());
        assertThat(orders.definition().fieldByReference("total")).map(field -> field.id()).contains(DemoWorkspace.TOTAL);
        assertThat(orders.definition().field(DemoWorkspace.LINE_TOTAL)).isPresent();
    }

    @Test
    void serviceRequestGoesToWarehouseManager() {
        long org = demoOrg();
        Form request = form("Заявка на ремонт");
        Catalog warehouses = catalogs.list(org).stream()
                .filter(catalog -> catalog.name().equals(DemoWorkspace.WAREHOUSES_CATALOG)).findFirst().orElseThrow();
        long yekaterinburg = catalogs.itemByKey(org, warehouses.id(), "Екатеринбург").orElseThrow().id();
        ObjectNode chosen = JsonNodeFactory.instance.objectNode();
        chosen.putObject("6").putArray("item_ids").add(yekaterinburg);
        long author = member("retail1").id();

        Set<Long> toWarehouse = routes.resolve(new RouteContext(request, chosen, author), 1).orElseThrow().assigneeIds();
        Set<Long> toServiceCentre = routes.resolve(new RouteContext(request, JsonNodeFactory.instance.objectNode(),
                author), 1).orElseThrow().assigneeIds();

        assertThat(toWarehouse).containsExactly(member("ekb1").id());
        assertThat(toServiceCentre).containsExactlyInAnyOrder(member("moscow1").id(), member("moscow2").id());
    }

    @Test
    void formAccessFollowsRoles() {
        Form orders = form(DemoWorkspace.ORDERS_FORM);
        Form it = form(DemoWorkspace.IT_REQUEST_FORM);

        assertThat(forms.accessLevel(signedIn("retail1"), orders.id())).isEqualTo(AccessLevel.MEMBER);
        assertThat(forms.accessLevel(signedIn("nsk2"), orders.id())).isEqualTo(AccessLevel.MEMBER);
        assertThat(forms.accessLevel(signedIn("courier1"), orders.id())).isEqualTo(AccessLevel.MEMBER);
        assertThat(forms.accessLevel(signedIn("director"), orders.id())).isEqualTo(AccessLevel.MANAGER);
        assertThat(forms.accessLevel(signedIn("it2"), orders.id())).isEqualTo(AccessLevel.NONE);
        assertThat(forms.accessLevel(signedIn("it2"), it.id())).isEqualTo(AccessLevel.MEMBER);
        assertThat(forms.accessLevel(signedIn("retail1"), it.id())).isEqualTo(AccessLevel.MEMBER);
        assertThat(forms.accessLevel(signedIn("admin"), orders.id())).isEqualTo(AccessLevel.ADMIN);
    }

    @Test
    void onlyOneDemoOrganizationExists() {
        Optional<Integer> count = jdbc.sql("select count(*)::int from organizations where is_demo").query(Integer.class).optional();

        assertThat(count).contains(1);
    }

    @Test
    void demoCalendarsHaveHolidaysAndBranchZones() {
        BusinessCalendar organization = calendars.of(demoOrg());
        BusinessCalendar yekaterinburg = calendars.of(demoOrg(), member("ekb2").departmentId());
        BusinessCalendar novosibirsk = calendars.of(demoOrg(), member("nsk2").departmentId());

        assertThat(organization.zone()).isEqualTo(java.time.ZoneId.of("Europe/Moscow"));
        assertThat(organization.holidays()).contains(java.time.LocalDate.parse("2026-01-01"),
                java.time.LocalDate.parse("2026-03-09"), java.time.LocalDate.parse("2027-05-10"),
                java.time.LocalDate.parse("2027-06-14"));
        assertThat(organization.holidays()).doesNotContain(java.time.LocalDate.parse("2027-06-12"));
        assertThat(yekaterinburg.zone()).isEqualTo(java.time.ZoneId.of("Asia/Yekaterinburg"));
        assertThat(yekaterinburg.holidays()).isEqualTo(organization.holidays());
        assertThat(novosibirsk.zone()).isEqualTo(java.time.ZoneId.of("Asia/Novosibirsk"));
        assertThat(calendars.of(demoOrg(), member("moscow2").departmentId()).zone())
                .isEqualTo(java.time.ZoneId.of("Europe/Moscow"));
    }
}
