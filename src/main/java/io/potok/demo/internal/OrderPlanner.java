package io.potok.demo.internal;

import static io.potok.demo.DemoWorkspace.*;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Random;

import io.potok.catalogs.CatalogItem;
import io.potok.demo.internal.TaskPlan.PlannedChange;
import io.potok.tasks.TaskChange;
import tools.jackson.databind.JsonNode;

/**
 * Plans past orders of the Заказы form from a seeded random: a client from Клиенты with its type and region,
 * 1 to 4 lines of Товары at the catalog price, and a history that ends in one of the {@link Outcome}s.
 * Closed orders are spread over the 18 months before {@code now}; open ones were created in its last 10 days.
 * The random draws do not depend on {@code now}, so one seed gives the same orders relative to the clock.
 */
final class TaskPlanner {

    static final int MONTHS = 18;
    private static final ZoneId ZONE = ZoneId.of(TIME_ZONE);
    private static final List<String> WAREHOUSE_PREFIXES = List.of("moscow", "spb", "ekb", "nsk");

    /** How an order's history ends, with its share of the orders in per mille. */
    enum Outcome {
        APPROVED(780), REJECTED(50), FIXED_AFTER_REJECTION(30), RETURNED_TO_WAREHOUSE(20), REOPENED(10),
        OPEN_AT_MANAGER(20), OPEN_AT_WAREHOUSE(50), OPEN_AT_DELIVERY(40);

        final int perMille;

        Outcome(int perMille) {
            this.perMille = perMille;
        }

        boolean open() {
            return name().startsWith("OPEN");
        }
    }

    private final List<CatalogItem> clients;
    private final List<CatalogItem> products;
    private final Instant now;
    private final Random random;
    private final OrderLines lines;

    TaskPlanner(List<CatalogItem> clients, List<CatalogItem> products, Instant now, Random random) {
        this.clients = clients;
        this.products = products;
        this.now = now;
        this.random = random;
        this.lines = new OrderLines(products, random);
    }

    /** Plans the orders, oldest first. */
    List<TaskPlan> plan(int count) {
        List<TaskPlan> plans = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            plans.add(planOne());
        }
        plans.sort(Comparator.comparing(TaskPlan::createdAt));
        return plans;
    }

    private TaskPlan planOne() {
        CatalogItem client = clients.get(random.nextInt(clients.size()));
        int clientType = DemoCatalogs.CLIENT_TYPES.indexOf(client.values().get(1)) + 1;
        int region = DemoCatalogs.REGIONS.indexOf(client.values().get(2)) + 1;
        int source = source(clientType);
        Outcome outcome = outcome();
        Instant createdAt = createdAt(outcome);

        String author = managerOf(clientType);
        String warehouse = warehouseMember(source, region);
        String delivery = deliveryMember(clientType);
        OrderFields fields = new OrderFields(client.id(), clientType, source, region,
                lines.draw(clientType), delivery(clientType), createdAt.atZone(ZONE).toLocalDate().plusDays(2 + random.nextInt(9)));
        fields = clientType == CLIENT_TYPE_RETAIL && random.nextInt(100) < 8 ? fields.withTradeIn(tradeIn()) : fields;

        Route route = new Route(author, managerOf(clientType), warehouse, delivery, createdAt);
        return new TaskPlan(author, createdAt, fields.toJson(), route.changes(outcome));
    }

    private Outcome outcome() {
        int draw = random.nextInt(1000);
        for (Outcome outcome : Outcome.values()) {
            if (draw < outcome.perMille) {
                return outcome;
            }
            draw -= outcome.perMille;
        }
        return Outcome.APPROVED;
    }

    /** Open orders are from the last 10 days; closed ones from the 18 months before the last 14 days. */
    private Instant createdAt(Outcome outcome) {
        long minutes = outcome.open()
                ? 60 + random.nextInt(10 * 24 * 60 - 60)
                : 14 * 24 * 60 + random.nextInt((MONTHS * 30 - 14) * 24 * 60);
        return now.minus(Duration.ofMinutes(minutes));
    }

    private int source(int clientType) {
        if (clientType == CLIENT_TYPE_MARKETPLACE) {
            return SOURCE_MARKETPLACE;
        }
        if (clientType == CLIENT_TYPE_DISTRIBUTOR) {
            return random.nextInt(4) == 0 ? SOURCE_PHONE : SOURCE_DISTRIBUTOR;
        }
        int[] retailSources = {SOURCE_RETAIL_STORE, SOURCE_RETAIL_STORE, SOURCE_WEBSITE, SOURCE_WEBSITE, SOURCE_PHONE};
        return retailSources[random.nextInt(retailSources.length)];
    }

    private static int delivery(int clientType) {
        return clientType == CLIENT_TYPE_RETAIL ? DELIVERY_COURIER : DELIVERY_LOGISTICS;
    }

    private String tradeIn() {
        return (1_000 + 500 * random.nextInt(9)) + ".00";
    }

    private String managerOf(int clientType) {
        String prefix = clientType == CLIENT_TYPE_MARKETPLACE ? "marketplace"
                : clientType == CLIENT_TYPE_DISTRIBUTOR ? "distributor" : "retail";
        return prefix + (1 + random.nextInt(3));
    }

    /** Marketplace orders ship from Moscow, the others from the warehouse of the client's region. */
    private String warehouseMember(int source, int region) {
        int warehouse = source == SOURCE_MARKETPLACE ? REGION_MOSCOW : region;
        return WAREHOUSE_PREFIXES.get(warehouse - 1) + (1 + random.nextInt(2));
    }

    private String deliveryMember(int clientType) {
        String prefix = delivery(clientType) == DELIVERY_COURIER ? "courier" : "logistics";
        return prefix + (1 + random.nextInt(2));
    }

    /**
     * The decisions on one order after its author created it and approved the manager step automatically.
     * Times advance by plausible delays and, for open orders, stay before {@code now}.
     */
    private final class Route {

        private final String author;
        private final String manager;
        private final String warehouse;
        private final String delivery;
        private final List<PlannedChange> changes = new ArrayList<>();
        private Instant at;

        Route(String author, String manager, String warehouse, String delivery, Instant createdAt) {
            this.author = author;
            this.manager = manager;
            this.warehouse = warehouse;
            this.delivery = delivery;
            this.at = createdAt;
        }

        List<PlannedChange> changes(Outcome outcome) {
            switch (outcome) {
                case REJECTED -> rejected();
                case FIXED_AFTER_REJECTION -> fixedAfterRejection();
                case RETURNED_TO_WAREHOUSE -> returnedToWarehouse();
                case REOPENED -> reopened();
                case OPEN_AT_MANAGER -> warehouseRejects();
                case OPEN_AT_WAREHOUSE -> { }
                case OPEN_AT_DELIVERY -> warehouseApproves();
                default -> approved();
            }
            return changes;
        }

        private void approved() {
            warehouseApproves();
            deliveryApproves();
        }

        private void rejected() {
            if (random.nextBoolean()) {
                warehouseRejects();
            } else {
                warehouseApproves();
                add(delivery, 4, 48, TaskChange.reject().withText(pick(DELIVERY_REJECTIONS)));
            }
            add(author, 1, 24, TaskChange.reject().withText("Клиент отказался от заказа"));
        }

        private void fixedAfterRejection() {
            warehouseRejects();
            add(manager, 1, 24, TaskChange.approve().withText("Позиции согласованы с клиентом"));
            approved();
        }

        private void returnedToWarehouse() {
            warehouseApproves();
            add(delivery, 2, 24, TaskChange.returnToPrevious().withText("Нет документов на отгрузку, верните на склад"));
            approved();
        }

        private void reopened() {
            approved();
            add(author, 24, 72, TaskChange.reopen().withText("Клиент просит доставить повторно"));
            deliveryApproves();
        }

        private void warehouseApproves() {
            add(warehouse, 1, 30, TaskChange.approve());
        }

        private void warehouseRejects() {
            add(warehouse, 1, 30, TaskChange.reject().withText(pick(WAREHOUSE_REJECTIONS)));
        }

        private void deliveryApproves() {
            add(delivery, 4, 96, TaskChange.approve());
        }

        /** Adds a change made between minHours and maxHours after the previous one, but before now. */
        private void add(String actor, int minHours, int maxHours, TaskChange change) {
            long minutes = minHours * 60L + random.nextInt((maxHours - minHours) * 60);
            Instant next = at.plus(Duration.ofMinutes(minutes));
            if (!next.isBefore(now)) {
                next = at.plus(Duration.between(at, now).dividedBy(2));
            }
            at = next;
            changes.add(new PlannedChange(actor, at, change));
        }
    }

    private static final List<String> WAREHOUSE_REJECTIONS = List.of(
            "Нет нужного количества на складе, уточните позиции",
            "Уточните адрес доставки у клиента",
            "Цена в заказе устарела, проверьте позиции");
    private static final List<String> DELIVERY_REJECTIONS = List.of(
            "Клиент перенёс доставку, согласуйте новую дату",
            "Адрес доставки вне зоны обслуживания");

    private String pick(List<String> texts) {
        return texts.get(random.nextInt(texts.size()));
    }
}
