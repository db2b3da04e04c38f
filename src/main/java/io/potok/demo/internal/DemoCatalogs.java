package io.potok.demo.internal;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

import io.potok.catalogs.Catalog;
import io.potok.catalogs.Catalog.Header;
import io.potok.catalogs.Catalogs;
import io.potok.demo.DemoWorkspace;

/**
 * Generates the demo Клиенты and Товары catalogs from a seeded random and fixed lists of regions, cities and
 * products.
 */
final class DemoCatalogs {

    static final int CLIENT_COUNT = 500;
    static final List<String> CLIENT_TYPES = List.of("Маркетплейс", "Региональный дистрибьютор", "Розница");
    static final List<String> REGIONS = List.of("Москва", "Санкт-Петербург", "Екатеринбург", "Новосибирск");
    /** Values of the Товары catalog's Категория column. */
    static final List<String> PRODUCT_CATEGORIES = List.of("Кофемашины", "Капсулы");

    /** Cities served by each warehouse region, spanning UTC+2 (Калининград) to UTC+10 (Владивосток). */
    private static final List<List<String>> CITIES = List.of(
            List.of("Москва", "Тверь", "Ярославль", "Воронеж", "Нижний Новгород", "Казань", "Самара", "Ростов-на-Дону",
                    "Краснодар"),
            List.of("Санкт-Петербург", "Калининград", "Мурманск", "Великий Новгород", "Петрозаводск", "Архангельск"),
            List.of("Екатеринбург", "Челябинск", "Тюмень", "Пермь", "Уфа", "Оренбург"),
            List.of("Новосибирск", "Омск", "Томск", "Красноярск", "Иркутск", "Хабаровск", "Владивосток"));
    private static final List<String> NAME_WORDS = List.of("Арома", "Бариста", "Зерно", "Капучино", "Латте", "Мокко",
            "Эспрессо", "Крема", "Ристретто", "Обжарка", "Утро", "Север", "Восток", "Волга", "Урал", "Сибирь",
            "Байкал", "Нева", "Кама", "Янтарь");
    private static final List<String> NAME_KINDS = List.of("Кофейня", "Кофе-бар", "Торговый дом", "Кофейный дом",
            "Магазин", "Склад-маркет", "Вкус");
    private static final List<String> LEGAL_FORMS = List.of("ООО", "ИП", "АО");
    private static final List<String> MACHINE_SERIES = List.of("Мини", "Классик", "Про", "Латте", "Дуо");
    private static final List<String> FLAVOURS = List.of("Эспрессо", "Лунго", "Ристретто", "Капучино", "Латте",
            "Карамель", "Ваниль", "Шоколад", "Орех", "Без кофеина");
    private static final List<Integer> PACK_SIZES = List.of(10, 30, 50, 100);
    /** Call cadences assigned in turn; the empty one means the client is not called on a schedule. */
    private static final List<String> CALL_CADENCES = List.of("Ежемесячно", "Ежеквартально", "Раз в полгода", "");
    /** Email prefixes of the account managers of each client type, in the order of {@link #CLIENT_TYPES}. */
    private static final List<String> MANAGER_PREFIXES = List.of("marketplace", "distributor", "retail");

    private final Catalogs catalogs;
    private final long orgId;
    private final Random random;
    private final Map<String, Integer> stockTotals = new LinkedHashMap<>();

    DemoCatalogs(Catalogs catalogs, long orgId, Random random) {
        this.catalogs = catalogs;
        this.orgId = orgId;
        this.random = random;
    }

    /**
     * Creates the Клиенты catalog. Each client's call cadence and account manager follow from its position and
     * type, without drawing from the seeded random, so the other demo data stays as it was.
     */
    Catalog createClients(String emailDomain) {
        List<Header> headers = List.of(text("Клиент"), text("Тип"), text("Регион"), text("Город"), text("Телефон"),
                text("Email"), text(DemoWorkspace.CALL_CADENCE_COLUMN),
                new Header(DemoWorkspace.ACCOUNT_MANAGER_COLUMN, "member"));
        List<List<String>> rows = new ArrayList<>();
        for (List<String> client : clients()) {
            rows.add(withCallPlan(client, rows.size(), emailDomain));
        }
        return catalogs.create(orgId, DemoWorkspace.CLIENTS_CATALOG, headers, rows);
    }

    /**
     * Adds the cadence (every fourth client has none, so it gets no calls) and the account manager: one of the
     * three managers of the client's type, taken in turn.
     */
    private static List<String> withCallPlan(List<String> client, int index, String emailDomain) {
        List<String> row = new ArrayList<>(client);
        row.add(CALL_CADENCES.get(index % CALL_CADENCES.size()));
        String managerPrefix = MANAGER_PREFIXES.get(CLIENT_TYPES.indexOf(client.get(1)));
        row.add(managerPrefix + (index % 3 + 1) + "@" + emailDomain);
        return row;
    }

    Catalog createProducts() {
        List<Header> headers = List.of(text("Артикул"), text("Наименование"), text("Категория"),
                new Header("Цена", "money"));
        return catalogs.create(orgId, DemoWorkspace.PRODUCTS_CATALOG, headers, products());
    }

    /**
     * Creates the Склады catalog: one warehouse per region, named like the region, with the member who
     * manages it (the first member of each regional warehouse team).
     */
    Catalog createWarehouses(String emailDomain) {
        List<Header> headers = List.of(text("Склад"), text("Адрес"), new Header("Заведующий складом", "member"));
        List<String> addresses = List.of("Москва, ул. Складочная, 3", "Санкт-Петербург, Софийская ул., 14",
                "Екатеринбург, ул. Монтажников, 9", "Новосибирск, ул. Станционная, 30");
        List<String> managers = List.of("moscow1", "spb1", "ekb1", "nsk1");
        List<List<String>> rows = new ArrayList<>();
        for (int i = 0; i < REGIONS.size(); i++) {
            rows.add(List.of(REGIONS.get(i), addresses.get(i), managers.get(i) + "@" + emailDomain));
        }
        return catalogs.create(orgId, DemoWorkspace.WAREHOUSES_CATALOG, headers, rows);
    }

    private static Header text(String name) {
        return new Header(name, "text");
    }

    private List<List<String>> clients() {
        Set<String> names = new LinkedHashSet<>();
        List<List<String>> rows = new ArrayList<>();
        while (rows.size() < CLIENT_COUNT) {
            int region = random.nextInt(REGIONS.size());
            String city = pick(CITIES.get(region));
            String name = clientName();
            if (names.add(name)) {
                int number = rows.size() + 1;
                rows.add(List.of(name, pick(CLIENT_TYPES), REGIONS.get(region), city, phone(),
                        "client" + number + "@example.ru"));
            }
        }
        return rows;
    }

    private String clientName() {
        return pick(LEGAL_FORMS) + " «" + pick(NAME_KINDS) + " " + pick(NAME_WORDS) + " " + (random.nextInt(90) + 10) + "»";
    }

    private String phone() {
        return String.format("+7 9%02d %03d-%02d-%02d", random.nextInt(100), random.nextInt(1000), random.nextInt(100),
                random.nextInt(100));
    }

    private List<List<String>> products() {
        List<List<String>> rows = new ArrayList<>();
        for (int i = 0; i < MACHINE_SERIES.size() * 4; i++) {
            String name = "Кофемашина " + MACHINE_SERIES.get(i % MACHINE_SERIES.size()) + " " + (100 + i * 10);
            rows.add(product(String.format("CM-%03d", i + 1), name, PRODUCT_CATEGORIES.get(0), 8_000 + random.nextInt(82_000), 60));
        }
        int article = 1;
        for (String flavour : FLAVOURS) {
            for (int size : PACK_SIZES) {
                String name = "Капсулы «" + flavour + "», " + size + " шт.";
                rows.add(product(String.format("CP-%03d", article++), name, PRODUCT_CATEGORIES.get(1), size * (25 + random.nextInt(20)), 900));
            }
        }
        return rows;
    }

    /** Returns the total stock of each product drawn by {@link #createProducts}, keyed by article. */
    Map<String, Integer> stockTotals() {
        return stockTotals;
    }

    private List<String> product(String article, String name, String category, int roublePrice, int maxStock) {
        BigDecimal price = BigDecimal.valueOf(roublePrice).subtract(new BigDecimal("0.10")).setScale(2, RoundingMode.HALF_UP);
        stockTotals.put(article, random.nextInt(maxStock + 1));
        return List.of(article, name, category, price.toPlainString());
    }

    private String pick(List<String> values) {
        return values.get(random.nextInt(values.size()));
    }
}
