package io.potok.demo.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import io.potok.PotokTest;
import io.potok.catalogs.CatalogItem;
import io.potok.catalogs.Catalogs;
import io.potok.catalogs.StockLevels;
import io.potok.demo.DemoWorkspace;
import io.potok.demo.DemoWorkspaceLoaded;
import io.potok.forms.Forms;
import io.potok.identity.CurrentMember;
import io.potok.identity.Member;
import io.potok.identity.Members;
import io.potok.identity.Organizations;
import io.potok.processes.ProcessTemplates;
import io.potok.tasks.Inbox;
import io.potok.tasks.TaskLists;
import io.potok.tasks.Tasks;
import io.potok.workflow.BusinessCalendarSettings;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

@PotokTest
class PastTasksTests {

    /**
     * Orders of the demo organisation created before it was loaded, that is, the generated past orders and
     * none of the orders other tests create now.
     */
    private static final String PAST_ORDERS = """
            from tasks t join organizations o on o.id = t.org_id join forms f on f.id = t.form_id
            where o.is_demo and f.name = 'Заказы' and t.created_at < o.created_at - interval '30 minutes'""";

    @Autowired
    JdbcClient jdbc;

    @Autowired
    Members members;

    @Autowired
    BusinessCalendarSettings calendarSettings;

    @Autowired
    Inbox inbox;

    @Autowired
    Organizations organizations;

    @Autowired
    Catalogs catalogs;

    @Autowired
    Forms forms;

    @Autowired
    Tasks tasks;

    @Autowired
    ApplicationEventPublisher events;

    @Autowired
    TaskLists taskLists;

    @Autowired
    StockLevels stock;

    @Autowired
    PlatformTransactionManager transactions;

    @Autowired
    JsonMapper json;

    @Autowired
    ProcessTemplates templates;

    private int pastOrders(String condition) {
        return jdbc.sql("select count(*)::int " + PAST_ORDERS + " and " + condition).query(Integer.class).single();
    }

    @Test
    void demoHasFiveThousandPastOrders() {
        assertThat(pastOrders("true")).isEqualTo(PastTasks.ORDER_COUNT);
    }

    @Test
    void pastOrdersSpreadOverStepsAndStatuses() {
        assertThat(pastOrders("t.status = 'closed' and t.resolution = 'approved'")).isBetween(3_900, 4_400);
        assertThat(pastOrders("t.status = 'closed' and t.resolution = 'rejected'")).isBetween(180, 330);
        assertThat(pastOrders("t.status = 'open' and t.current_step = 1")).isBetween(60, 150);
        assertThat(pastOrders("t.status = 'open' and t.current_step = 2")).isBetween(180, 330);
        assertThat(pastOrders("t.status = 'open' and t.current_step = 3")).isBetween(140, 270);
    }

    @Test
    void somePastOrdersWereReturnedAndReopened() {
        String withAction = "exists (select 1 from task_history h where h.task_id = t.id and h.action = '%s')";

        assertThat(pastOrders(withAction.formatted("returned"))).isBetween(60, 150);
        assertThat(pastOrders(withAction.formatted("reopened"))).isBetween(25, 80);
        assertThat(pastOrders(withAction.formatted("rejected"))).isBetween(350, 650);
    }

    @Test
    void pastOrdersCoverEighteenMonths() {
        assertThat(pastOrders("t.created_at < o.created_at - interval '17 months'")).isGreaterThan(100);
        assertThat(pastOrders("t.created_at < o.created_at - interval '19 months'")).isZero();
        assertThat(pastOrders("t.status = 'open' and t.created_at < o.created_at - interval '11 days'")).isZero();
        assertThat(pastOrders("t.closed_at > o.created_at")).isZero();
    }

    @Test
    void warehouseMemberSeesWaitingOrdersInInbox() {
        CurrentMember moscow = signedIn("moscow2");
        List<Inbox.InboxItem> items = inbox.of(moscow, 500);

        assertThat(items).filteredOn(item -> item.reasons().contains(Inbox.Reason.DECISION)).isNotEmpty()
                .allMatch(item -> Integer.valueOf(DemoWorkspace.STEP_WAREHOUSE).equals(item.currentStep()));
    }

    @Test
    void retailManagerSeesRejectedOrdersInInbox() {
        List<Inbox.InboxItem> items = inbox.of(signedIn("retail3"), 500);

        assertThat(items).filteredOn(item -> item.reasons().contains(Inbox.Reason.DECISION))
                .extracting(Inbox.InboxItem::currentStep).isNotEmpty().containsOnly(DemoWorkspace.STEP_MANAGER);
    }

    @Test
    void sameSeedGivesSameOrders() {
        Clock clock = Clock.fixed(Instant.parse("2025-03-14T09:00:00Z"), ZoneOffset.UTC);
        DemoWorkspaceLoaded first = loadCopy(clock);
        DemoWorkspaceLoaded second = loadCopy(clock);

        List<String> firstOrders = orders(first);
        assertThat(firstOrders).hasSize(150);
        assertThat(orders(second)).isEqualTo(firstOrders);
        assertThat(itRequests(second)).isEqualTo(itRequests(first)).hasSize(ItRequestPlanner.COUNT);
    }

    private DemoWorkspaceLoaded loadCopy(Clock clock) {
        TransactionTemplate transaction = new TransactionTemplate(transactions);
        PastTasks pastTasks = new PastTasks(tasks, catalogs, members, transaction, clock, stock);
        DemoWorkspaceLoader loader = new DemoWorkspaceLoader(organizations, catalogs, forms, templates, events,
                taskLists, stock, calendarSettings, members);
        String domain = "copy" + System.nanoTime() + ".test";

        DemoWorkspaceLoaded loaded = transaction.execute(status -> loader.loadCopy(domain, false));
        pastTasks.create(loaded, 150);
        return loaded;
    }

    /** Lists each order as text, with catalog item ids replaced by item keys and members by email local part. */
    private List<String> orders(DemoWorkspaceLoaded workspace) {
        return tasksOf(workspace.orgId(), workspace.ordersFormId());
    }

    private List<String> itRequests(DemoWorkspaceLoaded workspace) {
        return tasksOf(workspace.orgId(), workspace.itRequestFormId());
    }

    private List<String> tasksOf(long orgId, long formId) {
        List<Map<String, Object>> rows = jdbc.sql("""
                select t.created_at, t.closed_at, t.status, t.resolution, t.current_step, t.field_values::text as values,
                    split_part(m.email, '@', 1) as author,
                    (select count(*) from task_history h where h.task_id = t.id) as history
                from tasks t join members m on m.id = t.author_id
                where t.org_id = :org and t.form_id = :form order by t.id""")
                .param("org", orgId).param("form", formId).query().listOfRows();
        List<String> described = new ArrayList<>();
        for (Map<String, Object> row : rows) {
            row.put("values", withItemKeys(orgId, json.readTree((String) row.get("values"))).toString());
            described.add(row.toString());
        }
        return described;
    }

    private JsonNode withItemKeys(long orgId, JsonNode node) {
        if (node.isObject() && node.has("item_ids")) {
            ObjectNode copy = ((ObjectNode) node).deepCopy();
            ArrayNode keys = copy.putArray("item_ids");
            itemsOf(orgId, node.get("item_ids")).forEach(item -> keys.add(item.key()));
            return copy;
        }
        if (node.isContainer()) {
            JsonNode copy = node.deepCopy();
            if (copy.isObject()) {
                ObjectNode object = (ObjectNode) copy;
                List.copyOf(object.propertyNames()).forEach(name -> object.set(name, withItemKeys(orgId, object.get(name))));
            } else {
                ArrayNode array = (ArrayNode) copy;
                for (int i = 0; i < array.size(); i++) {
                    array.set(i, withItemKeys(orgId, array.get(i)));
                }
            }
            return copy;
        }
        return node;
    }

    private Collection<CatalogItem> itemsOf(long orgId, JsonNode ids) {
        List<Long> itemIds = new ArrayList<>();
        ids.forEach(id -> itemIds.add(id.asLong()));
        Map<Long, CatalogItem> items = catalogs.items(orgId, itemIds);
        return itemIds.stream().map(items::get).toList();
    }

    private CurrentMember signedIn(String localPart) {
        long org = jdbc.sql("select id from organizations where is_demo order by id limit 1").query(Long.class).single();
        Member member = members.findByEmail(org, DemoWorkspace.email(localPart)).orElseThrow();
        return new CurrentMember(member.id(), org, member.email(), member.displayName(), member.admin(),
                Locale.forLanguageTag("ru"), java.time.ZoneId.of(DemoWorkspace.TIME_ZONE));
    }
}
