package io.potok.demo;

import java.util.List;

/**
 * Stable ids, codes and names of the demo workspace, for code that adds to it or drives it in tests.
 * Field and choice ids are fixed in the form definitions; database ids (forms, catalogs, roles, members)
 * come with {@link DemoWorkspaceLoaded} or are looked up by the names and emails below.
 */
public final class DemoWorkspace {

    public static final String ORGANIZATION = "Кофе и капсулы";
    public static final String TIME_ZONE = "Europe/Moscow";
    public static final String EMAIL_DOMAIN = "demo.local";
    public static final String PASSWORD = "demo";
    public static final String ADMIN_EMAIL = "admin@demo.local";
    public static final String DIRECTOR_EMAIL = "director@demo.local";

    public static final String CLIENTS_CATALOG = "Клиенты";
    /** The Клиенты column with each client's call cadence, read by the Звонки клиентам schedule. */
    public static final String CALL_CADENCE_COLUMN = "Периодичность звонков";
    /** The Клиенты member column naming the client's account manager, who gets the call tasks. */
    public static final String ACCOUNT_MANAGER_COLUMN = "Менеджер";
    public static final String PRODUCTS_CATALOG = "Товары";
    /** Warehouses by region, each with its manager in a member column that routes service requests. */
    public static final String WAREHOUSES_CATALOG = "Склады";
    public static final String ORDERS_FORM = "Заказы";
    public static final String IT_REQUEST_FORM = "Заявка в ИТ";
    /** Forms installed from the process templates of the same names. */
    public static final String CLIENT_CALLS_FORM = "Звонки клиентам";
    public static final String ASSET_CARD_FORM = "Карточка оборудования";
    public static final String SERVICE_REQUEST_FORM = "Заявка на ремонт";

    // Fields of the Orders form.
    public static final int CLIENT = 1;
    public static final int CLIENT_TYPE = 2;
    public static final int SOURCE = 3;
    public static final int REGION = 4;
    public static final int LINES = 5;
    public static final int LINE_PRODUCT = 51;
    public static final int LINE_QUANTITY = 52;
    public static final int LINE_PRICE = 53;
    public static final int LINE_TOTAL = 54;
    public static final int TOTAL = 6;
    public static final int TRADE_IN_DISCOUNT = 7;
    public static final int DELIVERY = 8;
    public static final int DOCUMENTS = 9;
    public static final int DUE_DATE = 10;
    /** Optional: narrows the products an order line offers to one category of the Товары catalog. */
    public static final int PRODUCT_CATEGORY = 11;

    // Choices of the client type field. The Клиенты catalog's Тип column contains the same names.
    public static final int CLIENT_TYPE_MARKETPLACE = 1;
    public static final int CLIENT_TYPE_DISTRIBUTOR = 2;
    public static final int CLIENT_TYPE_RETAIL = 3;

    // Choices of the source channel field.
    public static final int SOURCE_MARKETPLACE = 1;
    public static final int SOURCE_DISTRIBUTOR = 2;
    public static final int SOURCE_RETAIL_STORE = 3;
    public static final int SOURCE_WEBSITE = 4;
    public static final int SOURCE_PHONE = 5;

    // Choices of the region field, one per warehouse. The catalog's Регион column contains the same names.
    public static final int REGION_MOSCOW = 1;
    public static final int REGION_SAINT_PETERSBURG = 2;
    public static final int REGION_YEKATERINBURG = 3;
    public static final int REGION_NOVOSIBIRSK = 4;

    // Choices of the delivery type field.
    public static final int DELIVERY_LOGISTICS = 1;
    public static final int DELIVERY_COURIER = 2;

    // Route steps of the Orders form.
    public static final int STEP_MANAGER = 1;
    public static final int STEP_WAREHOUSE = 2;
    public static final int STEP_DELIVERY = 3;

    // Fields and category choices of the IT request form.
    public static final int IT_SUBJECT = 1;
    public static final int IT_CATEGORY = 2;
    public static final int IT_DESCRIPTION = 3;
    public static final int IT_CATEGORY_CRM = 1;
    public static final int IT_CATEGORY_ACCOUNTING = 2;
    public static final int IT_CATEGORY_MARKETPLACE_INTEGRATION = 3;
    public static final int IT_CATEGORY_HARDWARE = 4;

    // Roles, by name.
    public static final String ROLE_MARKETPLACE_MANAGERS = "Менеджеры: маркетплейсы";
    public static final String ROLE_DISTRIBUTOR_MANAGERS = "Менеджеры: региональные дистрибьюторы";
    public static final String ROLE_RETAIL_MANAGERS = "Менеджеры: розница";
    public static final String ROLE_LOGISTICS = "Логистика";
    public static final String ROLE_COURIERS = "Курьеры";
    public static final String ROLE_IT = "ИТ";
    /** IT teams by request category; rules hand each IT request to the team of its category. */
    public static final String ROLE_IT_CRM = "ИТ: CRM";
    public static final String ROLE_IT_ACCOUNTING = "ИТ: учётные системы";
    public static final String ROLE_IT_MARKETPLACES = "ИТ: маркетплейсы";
    public static final String ROLE_IT_HARDWARE = "ИТ: оборудование";
    /** The accountant; a rule subscribes them to wholesale orders, which need closing documents. */
    public static final String ROLE_ACCOUNTING = "Бухгалтерия";
    public static final String ACCOUNTANT_LOCAL_PART = "accountant";
    /** The nine sales managers; they receive client calls. */
    public static final String ROLE_ACCOUNT_MANAGERS = "Менеджеры по работе с клиентами";
    /** The Moscow warehouse staff; they keep asset cards and receive and repair machines. */
    public static final String ROLE_SERVICE_CENTER = "Сервисный центр";

    /** Warehouse roles in the order of the region choices 1 to 4. */
    public static final List<String> WAREHOUSE_ROLES =
            List.of("Склад Москва", "Склад Санкт-Петербург", "Склад Екатеринбург", "Склад Новосибирск");

    private DemoWorkspace() {
    }

    /** Returns the demo email of a member, such as {@code retail1@demo.local} for {@code retail1}. */
    public static String email(String localPart) {
        return localPart + "@" + EMAIL_DOMAIN;
    }

    /** Returns the API security key of a demo member: {@code demo-<part before @>-key}. */
    public static String securityKey(String email) {
        return "demo-" + email.substring(0, email.indexOf('@')) + "-key";
    }
}
