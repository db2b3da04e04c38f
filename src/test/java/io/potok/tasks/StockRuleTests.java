package io.potok.tasks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import io.potok.PotokTest;
import io.potok.TestOrganizations;
import io.potok.catalogs.Catalog;
import io.potok.catalogs.Catalogs;
import io.potok.catalogs.StockLevel;
import io.potok.catalogs.StockLevels;
import io.potok.catalogs.StockShortage;
import io.potok.forms.AccessLevel;
import io.potok.forms.FieldDefinition;
import io.potok.forms.FieldSettings;
import io.potok.forms.FieldType;
import io.potok.forms.Form;
import io.potok.forms.FormDefinition;
import io.potok.forms.FormGrant;
import io.potok.forms.Forms;
import io.potok.forms.RouteDefinition;
import io.potok.forms.RouteDefinition.Assignees;
import io.potok.forms.StockRule;
import io.potok.identity.CurrentMember;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

@PotokTest
class StockRuleTests {

    static final int REGION = 1;
    static final int LINES = 2;
    static final int PRODUCT = 3;
    static final int QUANTITY = 4;
    static final String MOSCOW = "Москва";

    @Autowired
    Tasks tasks;

    @Autowired
    Forms forms;

    @Autowired
    Catalogs catalogs;

    @Autowired
    StockLevels stock;

    @Autowired
    JdbcClient jdbc;

    final JsonMapper json = JsonMapper.builder().build();
    TestOrganizations people;
    long org;
    long machine;
    long pods;
    CurrentMember author;
    CurrentMember manager;
    CurrentMember warehouse;
    CurrentMember delivery;

    @BeforeEach
    void organization() {
        people = new TestOrganizations(jdbc);
        org = people.organization();
        Catalog products = catalogs.create(org, "Товары", List.of(new Catalog.Header("Артикул", "text")),
                List.of(List.of("CM-001"), List.of("CP-001")));
        machine = catalogs.itemByKey(org, products.id(), "CM-001").orElseThrow().id();
        pods = catalogs.itemByKey(org, products.id(), "CP-001").orElseThrow().id();
        author = member();
        manager = member();
        warehouse = member();
        delivery = member();
    }

    private CurrentMember member() {
        return TestOrganizations.signedIn(org, people.member(org, null), false);
    }

    /** Creates an order form: manager, warehouse (reserves) and delivery (ships), rejecting back to the manager. */
    private Form form(boolean blockSaving, long catalogId) {
        List<FieldDefinition> fields = List.of(
                FieldDefinition.of(REGION, "Регион", FieldType.MULTIPLE_CHOICE).withInfo(FieldSettings.choices(false,
                        List.of(new FieldSettings.ChoiceOption(1, MOSCOW), new FieldSettings.ChoiceOption(2, "Санкт-Петербург")))),
                FieldDefinition.of(LINES, "Позиции", FieldType.TABLE).withFields(List.of(
                        FieldDefinition.of(PRODUCT, "Товар", FieldType.CATALOG).withInfo(FieldSettings.catalog(catalogId)),
                        FieldDefinition.of(QUANTITY, "Количество", FieldType.NUMBER))));
        RouteDefinition route = new RouteDefinition(List.of(
                OrderFixtures.rejectingTo(1, null, Assignees.anyOf(manager.memberId())),
                OrderFixtures.rejectingTo(2, 1, Assignees.anyOf(warehouse.memberId())),
                OrderFixtures.rejectingTo(3, 1, Assignees.anyOf(delivery.memberId()))));
        FormDefinition definition = new FormDefinition(fields, route)
                .withStock(new StockRule(LINES, PRODUCT, QUANTITY, REGION, blockSaving, 2, 3));
        Form form = forms.create(org, "Заказы " + System.nanoTime(), definition, null);
        forms.grant(org, form.id(), FormGrant.everyone(AccessLevel.MEMBER));
        return form;
    }

    private Form form(boolean blockSaving) {
        long catalogId = catalogs.item(org, machine).orElseThrow().catalogId();
        return form(blockSaving, catalogId);
    }

    private JsonNode field(int id, String valueJson) {
        return json.readTree("{\"id\": " + id + ", \"value\": " + valueJson + "}");
    }

    private List<JsonNode> order(long product, int quantity) {
        return List.of(field(REGION, "{\"choice_ids\": [1]}"), lines(product, quantity));
    }

    private JsonNode lines(long product, int quantity) {
        return field(LINES, "[{\"cells\": [{\"id\": " + PRODUCT + ", \"value\": {\"item_id\": " + product + "}},"
                + " {\"id\": " + QUANTITY + ", \"value\": " + quantity + "}]}]");
    }

    /** Returns the update that changes the product and quantity of the order's first line, row 0. */
    private JsonNode firstLine(long product, int quantity) {
        return field(LINES, "[{\"row_id\": 0, \"cells\": [{\"id\": " + PRODUCT + ", \"value\": {\"item_id\": " + product
                + "}}, {\"id\": " + QUANTITY + ", \"value\": " + quantity + "}]}]");
    }

    private TaskView create(Form form, long product, int quantity) {
        return tasks.create(author, NewTask.onForm(form.id(), order(product, quantity)));
    }

    private StockLevel level(long item) {
        return stock.levels(org, List.of(item)).get(item).stream()
                .filter(level -> level.warehouse().equals(MOSCOW)).findFirst().orElseThrow();
    }

    private static List<String> actions(TaskView task) {
        return task.history().stream().map(TaskView.HistoryEntry::action).toList();
    }

    @Test
    void lineAboveStockIsSavedWithWarning() {
        stock.setOnHand(org, machine, MOSCOW, new BigDecimal("2"));

        TaskView task = create(form(false), machine, 5);

        TaskView.HistoryEntry warning = task.history().stream()
                .filter(entry -> entry.action().equals("stock_warning")).findFirst().orElseThrow();
        assertThat(warning.newValue().path("product").asString()).isEqualTo("CM-001");
        assertThat(warning.newValue().path("warehouse").asString()).isEqualTo(MOSCOW);
        assertThat(warning.newValue().path("quantity").asString()).isEqualTo("5");
        assertThat(warning.newValue().path("available").asString()).isEqualTo("2");
    }

    @Test
    void lineWithinStockIsSavedWithoutWarning() {
        stock.setOnHand(org, machine, MOSCOW, new BigDecimal("5"));

        TaskView task = create(form(false), machine, 5);

        assertThat(actions(task)).doesNotContain("stock_warning");
    }

    @Test
    void blockingRuleRejectsLineAboveStock() {
        stock.setOnHand(org, machine, MOSCOW, new BigDecimal("2"));
        Form form = form(true);

        assertThatThrownBy(() -> create(form, machine, 5))
                .isInstanceOfSatisfying(StockShortage.class,
                        shortage -> assertThat(shortage.arguments()).containsExactly("CM-001", MOSCOW, "5", "2"));
        TaskView saved = create(form, machine, 2);
        assertThat(saved.id()).isPositive();
    }

    @Test
    void blockingRuleRejectsEditAboveStock() {
        stock.setOnHand(org, machine, MOSCOW, new BigDecimal("3"));
        TaskView task = create(form(true), machine, 1);

        assertThatThrownBy(() -> tasks.change(author, task.id(), TaskChange.fields(List.of(firstLine(machine, 4)))))
                .isInstanceOf(StockShortage.class);
    }

    @Test
    void enteringReserveStepReservesLines() {
        stock.setOnHand(org, machine, MOSCOW, new BigDecimal("5"));
        TaskView task = create(form(false), machine, 2);

        TaskView moved = tasks.change(manager, task.id(), TaskChange.approve());

        assertThat(moved.currentStep()).isEqualTo(2);
        assertThat(stock.reservedBy(org, task.id()).get(machine)).isEqualByComparingTo("2");
        assertThat(level(machine).available()).isEqualByComparingTo("3");
        assertThat(actions(moved)).contains("stock_reserved");
    }

    @Test
    void shortageRejectsDecisionThatReserves() {
        stock.setOnHand(org, machine, MOSCOW, new BigDecimal("1"));
        TaskView task = create(form(false), machine, 3);

        assertThatThrownBy(() -> tasks.change(manager, task.id(), TaskChange.approve()))
                .isInstanceOfSatisfying(StockShortage.class,
                        shortage -> assertThat(shortage.arguments()).containsExactly("CM-001", MOSCOW, "3", "1"));

        assertThat(tasks.view(manager, task.id()).currentStep()).isEqualTo(1);
        assertThat(stock.reservedBy(org, task.id())).isEmpty();
    }

    @Test
    void enteringShipStepWritesStockOff() {
        stock.setOnHand(org, machine, MOSCOW, new BigDecimal("5"));
        TaskView task = create(form(false), machine, 2);
        tasks.change(manager, task.id(), TaskChange.approve());

        TaskView moved = tasks.change(warehouse, task.id(), TaskChange.approve());

        assertThat(moved.currentStep()).isEqualTo(3);
        assertThat(level(machine).onHand()).isEqualByComparingTo("3");
        assertThat(level(machine).reserved()).isEqualByComparingTo("0");
        assertThat(stock.reservedBy(org, task.id())).isEmpty();
        assertThat(actions(moved)).contains("stock_shipped");
    }

    @Test
    void shippedOrderIsNotShippedTwice() {
        stock.setOnHand(org, machine, MOSCOW, new BigDecimal("5"));
        TaskView task = create(form(false), machine, 2);
        tasks.change(manager, task.id(), TaskChange.approve());
        tasks.change(warehouse, task.id(), TaskChange.approve());

        tasks.change(delivery, task.id(), TaskChange.reject());
        tasks.change(manager, task.id(), TaskChange.approve());
        TaskView again = tasks.change(warehouse, task.id(), TaskChange.approve());

        assertThat(again.currentStep()).isEqualTo(3);
        assertThat(level(machine).onHand()).isEqualByComparingTo("3");
        assertThat(level(machine).reserved()).isEqualByComparingTo("0");
    }

    @Test
    void rejectionBackToManagerReleasesReservation() {
        stock.setOnHand(org, machine, MOSCOW, new BigDecimal("5"));
        TaskView task = create(form(false), machine, 2);
        tasks.change(manager, task.id(), TaskChange.approve());

        TaskView rejected = tasks.change(warehouse, task.id(), TaskChange.reject());

        assertThat(rejected.currentStep()).isEqualTo(1);
        assertThat(stock.reservedBy(org, task.id())).isEmpty();
        assertThat(level(machine).reserved()).isEqualByComparingTo("0");
        assertThat(actions(rejected)).contains("stock_released");
    }

    @Test
    void closingBeforeShipReleasesReservation() {
        stock.setOnHand(org, machine, MOSCOW, new BigDecimal("5"));
        TaskView task = create(form(false), machine, 2);
        tasks.change(manager, task.id(), TaskChange.approve());
        CurrentMember admin = TestOrganizations.signedIn(org, manager.memberId(), true);

        TaskView closed = tasks.change(admin, task.id(), TaskChange.finish());

        assertThat(closed.closed()).isTrue();
        assertThat(stock.reservedBy(org, task.id())).isEmpty();
        assertThat(level(machine).reserved()).isEqualByComparingTo("0");
        assertThat(level(machine).onHand()).isEqualByComparingTo("5");
    }

    @Test
    void addedLineIsReservedWithTheOthers() {
        stock.setOnHand(org, machine, MOSCOW, new BigDecimal("5"));
        stock.setOnHand(org, pods, MOSCOW, new BigDecimal("50"));
        TaskView task = create(form(false), machine, 2);
        tasks.change(manager, task.id(), TaskChange.approve());

        tasks.change(warehouse, task.id(), TaskChange.fields(List.of(lines(pods, 30))));

        assertThat(stock.reservedBy(org, task.id())).containsOnlyKeys(machine, pods);
        assertThat(level(machine).reserved()).isEqualByComparingTo("2");
        assertThat(level(pods).reserved()).isEqualByComparingTo("30");
    }

    @Test
    void editingReservedLinesReReserves() {
        stock.setOnHand(org, machine, MOSCOW, new BigDecimal("5"));
        stock.setOnHand(org, pods, MOSCOW, new BigDecimal("50"));
        TaskView task = create(form(false), machine, 2);
        tasks.change(manager, task.id(), TaskChange.approve());

        tasks.change(warehouse, task.id(), TaskChange.fields(List.of(firstLine(pods, 30))));

        assertThat(stock.reservedBy(org, task.id())).containsOnlyKeys(pods);
        assertThat(level(machine).reserved()).isEqualByComparingTo("0");
        assertThat(level(pods).reserved()).isEqualByComparingTo("30");
    }

    @Test
    void editAboveStockSavesLinesUnreserved() {
        stock.setOnHand(org, machine, MOSCOW, new BigDecimal("5"));
        TaskView task = create(form(false), machine, 2);
        tasks.change(manager, task.id(), TaskChange.approve());

        TaskView edited = tasks.change(warehouse, task.id(), TaskChange.fields(List.of(firstLine(machine, 6))));

        assertThat(level(machine).reserved()).isEqualByComparingTo("0");
        assertThat(stock.reservedBy(org, task.id())).isEmpty();
        assertThat(actions(edited)).contains("stock_warning", "stock_released", "stock_not_reserved");
    }

    @Test
    void newOrderAboveStockEntersReserveStepUnreserved() {
        stock.setOnHand(org, machine, MOSCOW, new BigDecimal("1"));
        Form form = form(false);

        TaskView task = tasks.create(manager, NewTask.onForm(form.id(), order(machine, 3)));

        assertThat(task.currentStep()).isEqualTo(2);
        assertThat(stock.reservedBy(org, task.id())).isEmpty();
        assertThat(actions(task)).contains("stock_warning", "stock_not_reserved");
        assertThatThrownBy(() -> tasks.change(warehouse, task.id(), TaskChange.approve()))
                .isInstanceOf(StockShortage.class);
        assertThat(level(machine).onHand()).isEqualByComparingTo("1");
    }

    @Test
    void newOrderWithinStockIsReservedAtCreation() {
        stock.setOnHand(org, machine, MOSCOW, new BigDecimal("5"));

        TaskView task = tasks.create(manager, NewTask.onForm(form(false).id(), order(machine, 3)));

        assertThat(task.currentStep()).isEqualTo(2);
        assertThat(stock.reservedBy(org, task.id()).get(machine)).isEqualByComparingTo("3");
    }

    @Test
    void fixedLinesAreReservedAfterUnreservedCreation() {
        stock.setOnHand(org, machine, MOSCOW, new BigDecimal("1"));
        TaskView task = tasks.create(manager, NewTask.onForm(form(false).id(), order(machine, 3)));

        tasks.change(warehouse, task.id(), TaskChange.fields(List.of(firstLine(machine, 1))));

        assertThat(stock.reservedBy(org, task.id()).get(machine)).isEqualByComparingTo("1");
    }

    @Test
    void twoOrdersRaceForLastMachine() throws Exception {
        stock.setOnHand(org, machine, MOSCOW, new BigDecimal("1"));
        Form form = form(false);
        List<TaskView> orders = List.of(create(form, machine, 1), create(form, machine, 1));
        ExecutorService pool = Executors.newFixedThreadPool(2);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<String>> outcomes = new ArrayList<>();
        try {
            for (TaskView order : orders) {
                Callable<String> approve = () -> {
                    start.await();
                    try {
                        tasks.change(manager, order.id(), TaskChange.approve());
                        return "reserved";
                    } catch (StockShortage shortage) {
                        return "short";
                    }
                };
                outcomes.add(pool.submit(approve));
            }
            start.countDown();
            List<String> results = new ArrayList<>();
            for (Future<String> outcome : outcomes) {
                results.add(outcome.get(60, TimeUnit.SECONDS));
            }

            assertThat(results).containsExactlyInAnyOrder("reserved", "short");
        } finally {
            pool.shutdownNow();
        }
        assertThat(level(machine).reserved()).isEqualByComparingTo("1");
        assertThat(orders.stream().map(order -> tasks.view(manager, order.id()).currentStep()))
                .containsExactlyInAnyOrder(1, 2);
    }
}
