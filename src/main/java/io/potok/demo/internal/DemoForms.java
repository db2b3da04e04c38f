package io.potok.demo.internal;

import static io.potok.demo.DemoWorkspace.*;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import io.potok.forms.AutomationDefinition;
import io.potok.forms.Condition;
import io.potok.forms.Condition.Operator;
import io.potok.forms.FieldDefinition;
import io.potok.forms.FieldSettings;
import io.potok.forms.FieldSettings.CatalogPicking;
import io.potok.forms.FieldSettings.ChoiceOption;
import io.potok.forms.FieldSettings.ColumnCopy;
import io.potok.forms.FieldSettings.ItemFilter;
import io.potok.forms.FieldSettings.Computation;
import io.potok.forms.FieldType;
import io.potok.forms.FormDefinition;
import io.potok.forms.RouteDefinition;
import io.potok.forms.RouteDefinition.AssigneeRule;
import io.potok.forms.RouteDefinition.Assignees;
import io.potok.forms.RouteDefinition.Step;
import io.potok.forms.StockRule;

/**
 * The definitions of the demo forms: Заказы with its three-step route, and Заявка в ИТ, each with the rules of
 * {@link DemoRules}.
 */
final class DemoForms {

    private DemoForms() {
    }

    static FormDefinition orders(long clientsCatalogId, long productsCatalogId, Map<String, Long> roles) {
        List<FieldDefinition> fields = List.of(
                field(CLIENT, "Клиент", "client", FieldType.CATALOG, FieldSettings.catalog(clientsCatalogId)
                        .withPicking(clientPicking())).requiredFrom(0),
                choice(CLIENT_TYPE, "Тип клиента", "client_type", DemoCatalogs.CLIENT_TYPES).requiredFrom(0),
                choice(SOURCE, "Канал", "source", List.of("Маркетплейс", "Дистрибьютор", "Розничный магазин", "Сайт",
                        "Телефон")),
                choice(REGION, "Регион", "region", DemoCatalogs.REGIONS).requiredFrom(0),
                choice(PRODUCT_CATEGORY, "Категория товаров", "product_category", DemoCatalogs.PRODUCT_CATEGORIES)
                        .withDescription("Оставьте пустым, чтобы выбирать из всех товаров"),
                lines(productsCatalogId),
                field(TOTAL, "Сумма заказа", "total", FieldType.MONEY,
                        FieldSettings.decimals(2).computedAs(Computation.sum(LINE_TOTAL))),
                field(TRADE_IN_DISCOUNT, "Скидка за трейд-ин", "trade_in_discount", FieldType.MONEY, FieldSettings.decimals(2)),
                choice(DELIVERY, "Доставка", "delivery", List.of("Транспортная компания", "Курьер")).requiredFrom(STEP_WAREHOUSE),
                field(DOCUMENTS, "Документы", "documents", FieldType.TEXT, FieldSettings.multilineText()),
                field(DUE_DATE, "Срок", "due_date", FieldType.DUE_DATE, FieldSettings.NONE));
        return new FormDefinition(fields, new RouteDefinition(List.of(managerStep(roles), warehouseStep(roles),
                deliveryStep(roles)))).withStock(stockRule())
                .withAutomation(AutomationDefinition.NONE.withRules(DemoRules.orders(roles)));
    }

    static FormDefinition itRequest(Map<String, Long> roles) {
        List<FieldDefinition> fields = List.of(
                field(IT_SUBJECT, "Тема", "subject", FieldType.TEXT, FieldSettings.NONE).requiredFrom(0),
                choice(IT_CATEGORY, "Категория", "category", List.of("CRM", "Учётная система",
                        "Интеграция с маркетплейсами", "Оборудование"))
                        .withDescription("Оставьте пустым, и Potok выберет категорию по теме и описанию"),
                field(IT_DESCRIPTION, "Описание", "description", FieldType.TEXT, FieldSettings.multilineText()));
        Step step = new Step(1, "ИТ", null, List.of(new AssigneeRule(null, Assignees.role(roles.get(ROLE_IT)))), null);
        return new FormDefinition(fields, new RouteDefinition(List.of(step)))
                .withAutomation(AutomationDefinition.NONE.withRules(DemoRules.itRequest(roles)));
    }

    private static FieldDefinition lines(long productsCatalogId) {
        return field(LINES, "Позиции заказа", "lines", FieldType.TABLE, FieldSettings.NONE).withFields(List.of(
                field(LINE_PRODUCT, "Товар", "product", FieldType.CATALOG, FieldSettings.catalog(productsCatalogId)
                        .withPicking(productPicking())),
                field(LINE_QUANTITY, "Количество", "quantity", FieldType.NUMBER, FieldSettings.decimals(0)),
                field(LINE_PRICE, "Цена", "price", FieldType.MONEY, FieldSettings.decimals(2)),
                field(LINE_TOTAL, "Сумма", "line_total", FieldType.MONEY,
                        FieldSettings.decimals(2).computedAs(Computation.product(LINE_QUANTITY, LINE_PRICE)))));
    }

    /** Returns the client's rules: show its type, region and city, and fill the client type and region. */
    private static CatalogPicking clientPicking() {
        return new CatalogPicking(List.of(), List.of("Тип", "Регион", "Город"),
                List.of(new ColumnCopy("Тип", CLIENT_TYPE), new ColumnCopy("Регион", REGION)));
    }

    /**
     * Returns the order line product's rules: offer the products of the category chosen on the order (all of
     * them while none is chosen), show the product's name, category and price, and fill the line's price.
     */
    private static CatalogPicking productPicking() {
        return new CatalogPicking(List.of(ItemFilter.sameAsField("Категория", PRODUCT_CATEGORY)),
                List.of("Наименование", "Категория", "Цена"), List.of(new ColumnCopy("Цена", LINE_PRICE)));
    }

    /**
     * Order lines against the stock of the order's region: a line above stock is saved with a warning, entering
     * the warehouse step reserves the lines and entering the delivery step writes them off as shipped.
     */
    private static StockRule stockRule() {
        return new StockRule(LINES, LINE_PRODUCT, LINE_QUANTITY, REGION, false, STEP_WAREHOUSE, STEP_DELIVERY);
    }

    /** Step 1: the managers of the order's client type. */
    private static Step managerStep(Map<String, Long> roles) {
        List<AssigneeRule> rules = List.of(
                rule(CLIENT_TYPE, CLIENT_TYPE_MARKETPLACE, roles.get(ROLE_MARKETPLACE_MANAGERS)),
                rule(CLIENT_TYPE, CLIENT_TYPE_DISTRIBUTOR, roles.get(ROLE_DISTRIBUTOR_MANAGERS)),
                rule(CLIENT_TYPE, CLIENT_TYPE_RETAIL, roles.get(ROLE_RETAIL_MANAGERS)));
        return new Step(STEP_MANAGER, "Менеджер", null, rules, null);
    }

    /** Step 2: marketplace orders ship from Moscow; the others from the warehouse of their region. */
    private static Step warehouseStep(Map<String, Long> roles) {
        List<AssigneeRule> rules = new ArrayList<>();
        rules.add(rule(SOURCE, SOURCE_MARKETPLACE, roles.get(WAREHOUSE_ROLES.get(REGION_MOSCOW - 1))));
        for (int region = REGION_MOSCOW; region <= REGION_NOVOSIBIRSK; region++) {
            rules.add(rule(REGION, region, roles.get(WAREHOUSE_ROLES.get(region - 1))));
        }
        return new Step(STEP_WAREHOUSE, "Склад", null, rules, STEP_MANAGER);
    }

    /** Step 3: a logistics company or a courier, by delivery type. */
    private static Step deliveryStep(Map<String, Long> roles) {
        List<AssigneeRule> rules = List.of(
                rule(DELIVERY, DELIVERY_LOGISTICS, roles.get(ROLE_LOGISTICS)),
                rule(DELIVERY, DELIVERY_COURIER, roles.get(ROLE_COURIERS)));
        return new Step(STEP_DELIVERY, "Доставка", null, rules, STEP_MANAGER);
    }

    private static AssigneeRule rule(int fieldId, int choiceId, long roleId) {
        return new AssigneeRule(Condition.field(fieldId, Operator.EQUALS, String.valueOf(choiceId)),
                Assignees.role(roleId));
    }

    private static FieldDefinition field(int id, String name, String code, FieldType type, FieldSettings info) {
        return FieldDefinition.of(id, name, type).withCode(code).withInfo(info);
    }

    /** Builds a single-choice field whose option ids are 1, 2, 3… in list order. */
    private static FieldDefinition choice(int id, String name, String code, List<String> labels) {
        List<ChoiceOption> options = new ArrayList<>();
        for (int i = 0; i < labels.size(); i++) {
            options.add(new ChoiceOption(i + 1, labels.get(i)));
        }
        return field(id, name, code, FieldType.MULTIPLE_CHOICE, FieldSettings.choices(false, options));
    }
}
