package io.potok.forms.internal;

import java.time.Clock;
import java.util.List;

import io.potok.forms.FieldDefinition;
import io.potok.forms.FieldSettings;
import io.potok.forms.FieldSettings.ChoiceOption;
import io.potok.forms.FieldSettings.Computation;
import io.potok.forms.FieldType;
import io.potok.forms.Form;
import io.potok.forms.FormDefinition;
import io.potok.identity.Member;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.cfg.JsonNodeFeature;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * An order form with a field of every type, the catalogs and members it refers to, and the codec under test.
 */
class OrderFormFixture {

    static final long ORG = 1;
    static final long OTHER_ORG = 2;

    static final long CLIENTS = 100;
    static final long PRODUCTS = 200;
    static final long CLIENT_ROMASHKA = 1001;
    static final long CLIENT_DELETED = 1002;
    static final long CLIENT_VASILEK = 1003;
    static final long PRODUCT_MACHINE = 2001;
    static final long PRODUCT_CAPSULES = 2002;
    static final long PRODUCT_RETIRED = 2003;
    static final long OTHER_ORG_ITEM = 3001;

    static final long MANAGER = 7;
    static final long BOT = 8;
    static final long BANNED = 9;
    static final long STRANGER = 10;

    static final int COMMENT = 1;
    static final int QUANTITY = 2;
    static final int BUDGET = 3;
    static final int DATE = 4;
    static final int TIME = 5;
    static final int DUE_DATE = 6;
    static final int DUE_DATE_TIME = 7;
    static final int URGENT = 8;
    static final int FLAG = 9;
    static final int EMAIL = 10;
    static final int PHONE = 11;
    static final int CLIENT_TYPE = 12;
    static final int CHANNELS = 13;
    static final int RESPONSIBLE = 14;
    static final int CLIENT = 15;
    static final int DELIVERY = 16;
    static final int ADDRESS = 17;
    static final int WEIGHT = 18;
    static final int LINES = 20;
    static final int LINE_PRODUCT = 21;
    static final int LINE_QUANTITY = 22;
    static final int LINE_PRICE = 23;
    static final int LINE_TOTAL = 24;
    static final int ORDER_TOTAL = 25;
    static final int NOTE = 26;
    static final int STEP = 27;
    static final int STATUS = 28;
    static final int CREATED = 29;
    static final int AUTHOR = 30;

    final JsonMapper json = JsonMapper.builder().build();
    /** Reads expected stored values with their decimal places, as 2.50 rather than 2.5. */
    private final JsonMapper exact = JsonMapper.builder()
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .disable(JsonNodeFeature.STRIP_TRAILING_BIGDECIMAL_ZEROES)
            .build();
    final InMemoryCatalogs catalogs = new InMemoryCatalogs()
            .addCatalog(ORG, CLIENTS, "Клиенты", "Название", "Город")
            .addItem(CLIENTS, CLIENT_ROMASHKA, false, "Ромашка", "Казань")
            .addItem(CLIENTS, CLIENT_DELETED, true, "Закрытый клиент", "Тверь")
            .addItem(CLIENTS, CLIENT_VASILEK, false, "Василёк", "Омск")
            .addCatalog(ORG, PRODUCTS, "Товары", "Товар", "Цена")
            .addItem(PRODUCTS, PRODUCT_MACHINE, false, "Кофемашина", "25000")
            .addItem(PRODUCTS, PRODUCT_CAPSULES, false, "Капсулы", "450")
            .addItem(PRODUCTS, PRODUCT_RETIRED, true, "Старая модель", "9000")
            .addCatalog(OTHER_ORG, 300, "Чужой справочник", "Название")
            .addItem(300, OTHER_ORG_ITEM, false, "Чужой");
    final InMemoryMembers members = new InMemoryMembers()
            .add(new Member(MANAGER, ORG, "anna@demo.local", "Анна", "Петрова", "Менеджер", 5L, false, false, false))
            .add(new Member(BOT, ORG, "bot@demo.local", "", "Робот", null, null, true, false, false))
            .add(new Member(BANNED, ORG, "gone@demo.local", "Олег", "Иванов", null, null, false, true, false))
            .add(new Member(STRANGER, OTHER_ORG, "stranger@other.local", "Иван", "Чужой", null, null, false, false,
                    false));
    final DefaultFieldValues values = new DefaultFieldValues(catalogs, members, json, Clock.systemUTC());
    final Form form = new Form(50, ORG, "Заказы", 1, new FormDefinition(fields(), null), false);

    private static List<FieldDefinition> fields() {
        return List.of(
                FieldDefinition.of(COMMENT, "Комментарий", FieldType.TEXT).withCode("comment"),
                FieldDefinition.of(QUANTITY, "Количество", FieldType.NUMBER),
                FieldDefinition.of(BUDGET, "Бюджет", FieldType.MONEY),
                FieldDefinition.of(DATE, "Дата", FieldType.DATE).requiredFrom(2),
                FieldDefinition.of(TIME, "Время", FieldType.TIME),
                FieldDefinition.of(DUE_DATE, "Срок", FieldType.DUE_DATE),
                FieldDefinition.of(DUE_DATE_TIME, "Срок со временем", FieldType.DUE_DATE_TIME),
                FieldDefinition.of(URGENT, "Срочно", FieldType.CHECKMARK),
                FieldDefinition.of(FLAG, "Флажок", FieldType.FLAG),
                FieldDefinition.of(EMAIL, "Эл. почта", FieldType.EMAIL),
                FieldDefinition.of(PHONE, "Телефон", FieldType.PHONE),
                FieldDefinition.of(CLIENT_TYPE, "Тип клиента", FieldType.MULTIPLE_CHOICE)
                        .withInfo(FieldSettings.choices(false, List.of(new ChoiceOption(1, "Маркетплейс"),
                                new ChoiceOption(2, "Дистрибьютор"), new ChoiceOption(3, "Розница"))))
                        .requiredFrom(0),
                FieldDefinition.of(CHANNELS, "Каналы", FieldType.MULTIPLE_CHOICE)
                        .withInfo(FieldSettings.choices(true, List.of(new ChoiceOption(1, "Сайт"),
                                new ChoiceOption(2, "Телефон"), new ChoiceOption(3, "Почта")))),
                FieldDefinition.of(RESPONSIBLE, "Ответственный", FieldType.PERSON),
                FieldDefinition.of(CLIENT, "Клиент", FieldType.CATALOG).withInfo(FieldSettings.catalog(CLIENTS)),
                FieldDefinition.of(DELIVERY, "Доставка", FieldType.TITLE).withFields(List.of(
                        FieldDefinition.of(ADDRESS, "Адрес", FieldType.TEXT).requiredFrom(2),
                        FieldDefinition.of(WEIGHT, "Вес", FieldType.NUMBER).withInfo(FieldSettings.decimals(1)))),
                FieldDefinition.of(LINES, "Строки заказа", FieldType.TABLE).withFields(List.of(
                        FieldDefinition.of(LINE_PRODUCT, "Товар", FieldType.CATALOG)
                                .withInfo(FieldSettings.catalog(PRODUCTS)),
                        FieldDefinition.of(LINE_QUANTITY, "Кол-во", FieldType.NUMBER).withCode("qty").requiredFrom(1),
                        FieldDefinition.of(LINE_PRICE, "Цена", FieldType.MONEY),
                        FieldDefinition.of(LINE_TOTAL, "Сумма строки", FieldType.MONEY)
                                .withInfo(FieldSettings.NONE.computedAs(Computation.product(LINE_QUANTITY, LINE_PRICE))))),
                FieldDefinition.of(ORDER_TOTAL, "Итого", FieldType.MONEY)
                        .withInfo(FieldSettings.NONE.computedAs(Computation.sum(LINE_TOTAL))),
                FieldDefinition.of(NOTE, "Примечание", FieldType.NOTE)
                        .withInfo(FieldSettings.note("Проверьте адрес")),
                FieldDefinition.of(STEP, "Этап", FieldType.STEP),
                FieldDefinition.of(STATUS, "Статус", FieldType.STATUS),
                FieldDefinition.of(CREATED, "Дата создания", FieldType.CREATION_DATE),
                FieldDefinition.of(AUTHOR, "Автор", FieldType.AUTHOR));
    }

    FieldDefinition field(int id) {
        return form.definition().field(id).orElseThrow();
    }

    /** Returns the compact JSON text of an expected value, numbers with the decimal places as written. */
    String canonical(String jsonText) {
        return exact.readTree(jsonText).toString();
    }

    JsonNode parse(String jsonText) {
        return json.readTree(jsonText);
    }

    ObjectNode object(String jsonText) {
        return (ObjectNode) json.readTree(jsonText);
    }

    /** Builds the write shape {@code {"id": id, "value": <valueJson>}}. */
    JsonNode update(int fieldId, String valueJson) {
        return parse("{\"id\": " + fieldId + ", \"value\": " + valueJson + "}");
    }

    ObjectNode applyAll(ObjectNode current, JsonNode... updates) {
        return values.apply(ORG, form, current, List.of(updates)).values();
    }

    ObjectNode applyToEmpty(JsonNode... updates) {
        return applyAll(json.createObjectNode(), updates);
    }
}
