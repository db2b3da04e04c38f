package io.potok.tasks;

import java.util.List;

import io.potok.TestOrganizations;
import io.potok.catalogs.Catalog;
import io.potok.catalogs.Catalog.Header;
import io.potok.catalogs.CatalogItem;
import io.potok.catalogs.Catalogs;
import io.potok.forms.AccessLevel;
import io.potok.forms.FieldDefinition;
import io.potok.forms.FieldSettings;
import io.potok.forms.FieldSettings.CatalogPicking;
import io.potok.forms.FieldSettings.ChoiceOption;
import io.potok.forms.FieldSettings.ColumnCopy;
import io.potok.forms.FieldSettings.Computation;
import io.potok.forms.FieldSettings.ItemFilter;
import io.potok.forms.FieldType;
import io.potok.forms.Form;
import io.potok.forms.FormDefinition;
import io.potok.forms.FormGrant;
import io.potok.forms.Forms;
import io.potok.forms.RouteDefinition;
import io.potok.forms.RouteDefinition.AssigneeRule;
import io.potok.forms.RouteDefinition.Assignees;
import io.potok.identity.CurrentMember;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * An order form whose catalog fields pick with rules. The client shows its type, region and city, copies the
 * type and region into choices and must be of the chosen region. The line's product must be of the category
 * chosen on the order, shows its name and price and copies the price into the line. The gift is always a
 * capsule pack (a constant filter).
 */
public final class PickingFixture {

    public static final int CATEGORY = 1;
    public static final int CLIENT = 2;
    public static final int CLIENT_TYPE = 3;
    public static final int REGION = 4;
    public static final int GIFT = 5;
    public static final int LINES = 10;
    public static final int PRODUCT = 11;
    public static final int QUANTITY = 12;
    public static final int PRICE = 13;
    public static final int LINE_TOTAL = 14;

    public static final int MACHINES = 1;
    public static final int CAPSULES = 2;
    public static final int RETAIL = 2;
    public static final int MOSCOW = 1;
    public static final int KAZAN = 2;

    public final long orgId;
    public final long authorId;
    public final Catalog products;
    public final Catalog clients;
    public final Form form;

    public PickingFixture(TestOrganizations people, Catalogs catalogs, Forms forms) {
        orgId = people.organization();
        authorId = people.member(orgId, null);
        products = catalogs.create(orgId, "Товары " + System.nanoTime(),
                List.of(text("Артикул"), text("Наименование"), text("Категория"), new Header("Цена", "money")),
                List.of(List.of("CM-1", "Кофемашина Мини", "Кофемашины", "25000.00"),
                        List.of("CM-2", "Кофемашина Про", "Кофемашины", "54000.50"),
                        List.of("CP-1", "Капсулы «Лунго», 10 шт.", "капсулы", "390.00"),
                        List.of("CP-2", "Капсулы «Ваниль», 30 шт.", "Капсулы", "1150.00")));
        clients = catalogs.create(orgId, "Клиенты " + System.nanoTime(),
                List.of(text("Клиент"), text("Тип"), text("Регион"), text("Город")),
                List.of(List.of("ООО «Арома»", "Розница", "Казань", "Казань"),
                        List.of("ИП «Зерно»", "Опт", "Москва", "Тверь"),
                        List.of("АО «Север»", "Дилер", "Москва", "Москва")));
        form = forms.create(orgId, "Заказы " + System.nanoTime(), definition(clients.id(), products.id()), null);
        forms.grant(orgId, form.id(), FormGrant.everyone(AccessLevel.MEMBER));
    }

    public CurrentMember author() {
        return TestOrganizations.signedIn(orgId, authorId, false);
    }

    public FormDefinition definition(long clientsId, long productsId) {
        FieldDefinition client = FieldDefinition.of(CLIENT, "Клиент", FieldType.CATALOG)
                .withInfo(FieldSettings.catalog(clientsId).withPicking(new CatalogPicking(
                        List.of(ItemFilter.sameAsField("Регион", REGION)),
                        List.of("Тип", "Регион", "Город"),
                        List.of(new ColumnCopy("Тип", CLIENT_TYPE), new ColumnCopy("Регион", REGION)))));
        FieldDefinition gift = FieldDefinition.of(GIFT, "Подарок", FieldType.CATALOG)
                .withInfo(FieldSettings.catalog(productsId).withPicking(new CatalogPicking(
                        List.of(ItemFilter.equalTo("Категория", "Капсулы")), List.of(), List.of())));
        FieldDefinition product = FieldDefinition.of(PRODUCT, "Товар", FieldType.CATALOG)
                .withInfo(FieldSettings.catalog(productsId).withPicking(new CatalogPicking(
                        List.of(ItemFilter.sameAsField("Категория", CATEGORY)),
                        List.of("Наименование", "Цена"),
                        List.of(new ColumnCopy("Цена", PRICE)))));
        FieldDefinition lines = FieldDefinition.of(LINES, "Позиции", FieldType.TABLE).withFields(List.of(product,
                FieldDefinition.of(QUANTITY, "Количество", FieldType.NUMBER).withInfo(FieldSettings.decimals(0)),
                FieldDefinition.of(PRICE, "Цена", FieldType.MONEY).withInfo(FieldSettings.decimals(2)),
                FieldDefinition.of(LINE_TOTAL, "Сумма", FieldType.MONEY)
                        .withInfo(FieldSettings.decimals(2).computedAs(Computation.product(QUANTITY, PRICE)))));
        List<FieldDefinition> fields = List.of(
                choice(CATEGORY, "Категория", "Кофемашины", "Капсулы"),
                client,
                choice(CLIENT_TYPE, "Тип клиента", "Опт", "Розница"),
                choice(REGION, "Регион", "Москва", "Казань"),
                gift,
                lines);
        RouteDefinition route = new RouteDefinition(List.of(new RouteDefinition.Step(1, "Менеджер", null,
                List.of(new AssigneeRule(null, Assignees.author())), null)));
        return new FormDefinition(fields, route);
    }

    public CatalogItem product(Catalogs catalogs, String key) {
        return catalogs.itemByKey(orgId, products.id(), key).orElseThrow();
    }

    public CatalogItem client(Catalogs catalogs, String key) {
        return catalogs.itemByKey(orgId, clients.id(), key).orElseThrow();
    }

    private static Header text(String name) {
        return new Header(name, "text");
    }

    private static FieldDefinition choice(int id, String name, String... labels) {
        List<ChoiceOption> options = new java.util.ArrayList<>();
        for (int i = 0; i < labels.length; i++) {
            options.add(new ChoiceOption(i + 1, labels[i]));
        }
        return FieldDefinition.of(id, name, FieldType.MULTIPLE_CHOICE).withInfo(FieldSettings.choices(false, options));
    }

    public static JsonNode update(int fieldId, JsonNode value) {
        ObjectNode update = JsonNodeFactory.instance.objectNode();
        update.put("id", fieldId);
        update.set("value", value);
        return update;
    }

    public static JsonNode choiceValue(int optionId) {
        ObjectNode value = JsonNodeFactory.instance.objectNode();
        value.putArray("choice_ids").add(optionId);
        return value;
    }

    public static JsonNode item(long itemId) {
        return JsonNodeFactory.instance.objectNode().put("item_id", itemId);
    }

    /** Returns a table value with one new row of the given cell updates. */
    public static JsonNode oneRow(JsonNode... cells) {
        ArrayNode rows = JsonNodeFactory.instance.arrayNode();
        ArrayNode cellList = rows.addObject().putArray("cells");
        for (JsonNode cell : cells) {
            cellList.add(cell);
        }
        return rows;
    }
}
