package io.potok.registry;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

import io.potok.PotokTest;
import io.potok.TestOrganizations;
import io.potok.catalogs.Catalogs;
import io.potok.forms.AccessLevel;
import io.potok.forms.FormGrant;
import io.potok.forms.Forms;
import io.potok.identity.CurrentMember;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.json.JsonMapper;

@PotokTest
class RegistryVisibilityTests {

    @Autowired Registry registry;
    @Autowired JdbcClient jdbc;
    @Autowired Forms forms;
    @Autowired Catalogs catalogs;
    @Autowired ApplicationEventPublisher events;
    @Autowired TransactionTemplate transactions;
    @Autowired JsonMapper json;

    OrdersFixture orders;
    TestOrganizations people;
    long head;
    long author;
    long outsider;
    long authorsTask;
    long outsidersTask;

    @BeforeEach
    void createTeams() {
        orders = new OrdersFixture(jdbc, forms, catalogs, events, transactions, json);
        people = new TestOrganizations(jdbc);
        head = people.member(orders.orgId, null);
        long sales = people.department(orders.orgId, null, head);
        author = people.member(orders.orgId, sales);
        outsider = people.member(orders.orgId, people.department(orders.orgId, null, null));
        forms.grant(orders.orgId, orders.form.id(), FormGrant.everyone(AccessLevel.MEMBER));
        authorsTask = orders.task().participants(author).set(OrdersFixture.CLIENT_NAME, "Зерно").save();
        outsidersTask = orders.task().participants(outsider).save();
    }

    private CurrentMember member(long id, boolean admin) {
        return TestOrganizations.signedIn(orders.orgId, id, admin);
    }

    private java.util.List<Long> visibleTo(CurrentMember member) {
        RegistryQuery query = RegistryQuery.of(orders.form.id()).sortedBy(RegistrySort.ascending(ColumnRef.TASK_ID));
        return registry.query(member, query).rows().stream().map(RegistryRow::taskId).toList();
    }

    @Test
    void participantSeesOnlyOwnTasks() {
        assertThat(visibleTo(member(author, false))).containsExactly(authorsTask);
    }

    @Test
    void departmentHeadSeesTasksOfMembersUnder() {
        assertThat(visibleTo(member(head, false))).containsExactly(authorsTask);
    }

    @Test
    void formManagerAndAdminSeeEveryTask() {
        long manager = people.member(orders.orgId, null);
        forms.grant(orders.orgId, orders.form.id(), FormGrant.member(manager, AccessLevel.MANAGER));

        assertThat(visibleTo(member(manager, false))).containsExactly(authorsTask, outsidersTask);
        assertThat(visibleTo(member(people.member(orders.orgId, null), true)))
                .containsExactly(authorsTask, outsidersTask);
    }

    @Test
    void otherTeamGetsEmptyPageAndExport() {
        long stranger = people.member(orders.orgId, people.department(orders.orgId, null, null));
        CurrentMember member = member(stranger, false);
        RegistryQuery query = RegistryQuery.of(orders.form.id());
        ByteArrayOutputStream csv = new ByteArrayOutputStream();
        ByteArrayOutputStream xlsx = new ByteArrayOutputStream();

        RegistryPage page = registry.query(member, query);
        registry.exportCsv(member, query, CsvOptions.forLocale(Locale.ENGLISH), csv);
        registry.exportXlsx(member, query, xlsx);

        assertThat(page.rows()).isEmpty();
        assertThat(page.nextCursor()).isNull();
        assertThat(csv.toString(StandardCharsets.UTF_8).lines()).hasSize(1);
        assertThat(csv.toString(StandardCharsets.UTF_8)).doesNotContain("Зерно");
        assertThat(RegistryExportTests.xlsxRows(xlsx.toByteArray())).hasSize(1);
    }

    @Test
    void memberOfAnotherOrganisationGetsNothing() {
        long otherOrg = people.organization();
        CurrentMember foreignAdmin = TestOrganizations.signedIn(otherOrg, people.member(otherOrg, null), true);

        assertThat(visibleTo(foreignAdmin)).isEmpty();
    }
}
