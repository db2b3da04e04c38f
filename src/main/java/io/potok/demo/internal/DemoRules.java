package io.potok.demo.internal;

import static io.potok.demo.DemoWorkspace.*;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import io.potok.forms.Condition;
import io.potok.forms.Condition.Operator;
import io.potok.forms.RouteDefinition.Assignees;
import io.potok.forms.RuleDefinition;
import io.potok.forms.RuleDefinition.Action;
import io.potok.forms.RuleDefinition.ActionKind;
import io.potok.forms.RuleDefinition.Trigger;
import io.potok.forms.RuleDefinition.TriggerKind;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * The demo forms' rules. An IT request gets its category from keywords in its subject and description when
 * the author left it empty, and goes to the IT team of its category. An order waiting on the manager step
 * goes to the least busy manager of the client's type, and a wholesale order subscribes the accountant.
 */
final class DemoRules {

    private DemoRules() {
    }

    static List<RuleDefinition> itRequest(Map<String, Long> roles) {
        List<RuleDefinition> rules = new ArrayList<>();
        rules.add(categoryFromKeywords("category-accounting", "Категория «Учётная система» по ключевым словам",
                IT_CATEGORY_ACCOUNTING, "1С", "1C", "учёт", "учет", "бухгалтер"));
        rules.add(categoryFromKeywords("category-marketplaces", "Категория «Интеграция с маркетплейсами» по ключевым словам",
                IT_CATEGORY_MARKETPLACE_INTEGRATION, "маркетплейс", "Ozon", "Озон", "Wildberries"));
        rules.add(categoryFromKeywords("category-hardware", "Категория «Оборудование» по ключевым словам",
                IT_CATEGORY_HARDWARE, "принтер", "ноутбук", "монитор"));
        rules.add(categoryFromKeywords("category-crm", "Категория «CRM» по ключевым словам",
                IT_CATEGORY_CRM, "CRM", "црм"));
        rules.add(toTeam("team-crm", "Заявки по CRM — команде «ИТ: CRM»", IT_CATEGORY_CRM,
                roles.get(ROLE_IT_CRM)));
        rules.add(toTeam("team-accounting", "Заявки по учётной системе — команде «ИТ: учётные системы»",
                IT_CATEGORY_ACCOUNTING, roles.get(ROLE_IT_ACCOUNTING)));
        rules.add(toTeam("team-marketplaces", "Заявки по маркетплейсам — команде «ИТ: маркетплейсы»",
                IT_CATEGORY_MARKETPLACE_INTEGRATION, roles.get(ROLE_IT_MARKETPLACES)));
        rules.add(toTeam("team-hardware", "Заявки по оборудованию — команде «ИТ: оборудование»",
                IT_CATEGORY_HARDWARE, roles.get(ROLE_IT_HARDWARE)));
        return rules;
    }

    static List<RuleDefinition> orders(Map<String, Long> roles) {
        return List.of(
                toManager("manager-marketplace", "Заказ маркетплейса — менеджеру по маркетплейсам",
                        CLIENT_TYPE_MARKETPLACE, roles.get(ROLE_MARKETPLACE_MANAGERS)),
                toManager("manager-distributor", "Заказ дистрибьютора — менеджеру по дистрибьюторам",
                        CLIENT_TYPE_DISTRIBUTOR, roles.get(ROLE_DISTRIBUTOR_MANAGERS)),
                toManager("manager-retail", "Розничный заказ — менеджеру по рознице",
                        CLIENT_TYPE_RETAIL, roles.get(ROLE_RETAIL_MANAGERS)),
                wholesaleDocuments(roles.get(ROLE_ACCOUNTING)));
    }

    /** Sets the category when the author left it empty and the subject or description has a keyword. */
    private static RuleDefinition categoryFromKeywords(String id, String name, int category, String... keywords) {
        Condition condition = Condition.all(
                Condition.field(IT_CATEGORY, Operator.EMPTY),
                Condition.any(Condition.field(IT_SUBJECT, Operator.CONTAINS, keywords),
                        Condition.field(IT_DESCRIPTION, Operator.CONTAINS, keywords)));
        Action set = new Action(ActionKind.SET_FIELD, IT_CATEGORY, choice(category), null, null, null, null, null,
                null, null, null, null, null);
        return new RuleDefinition(id, name, true, Trigger.of(TriggerKind.TASK_CREATED), condition, List.of(set));
    }

    /** Hands the request to the least busy member of the category's team whenever the category changes. */
    private static RuleDefinition toTeam(String id, String name, int category, long roleId) {
        Trigger trigger = new Trigger(TriggerKind.FIELD_CHANGED, IT_CATEGORY, null, null, null, null);
        Condition condition = Condition.field(IT_CATEGORY, Operator.EQUALS, String.valueOf(category));
        return new RuleDefinition(id, name, true, trigger, condition, List.of(assign(roleId)));
    }

    /** Hands an order waiting on the manager step to the least busy manager of the client's type. */
    private static RuleDefinition toManager(String id, String name, int clientType, long roleId) {
        Trigger trigger = new Trigger(TriggerKind.STEP_ENTERED, null, null, STEP_MANAGER, null, null);
        Condition condition = Condition.field(CLIENT_TYPE, Operator.EQUALS, String.valueOf(clientType));
        return new RuleDefinition(id, name, true, trigger, condition, List.of(assign(roleId)));
    }

    /** Subscribes accounting to marketplace and distributor orders and notes that documents are needed. */
    private static RuleDefinition wholesaleDocuments(long accountingRoleId) {
        Trigger trigger = new Trigger(TriggerKind.FIELD_CHANGED, CLIENT_TYPE, null, null, null, null);
        Condition condition = Condition.field(CLIENT_TYPE, Operator.IN, String.valueOf(CLIENT_TYPE_MARKETPLACE),
                String.valueOf(CLIENT_TYPE_DISTRIBUTOR));
        Action subscribe = new Action(ActionKind.ADD_SUBSCRIBERS, null, null, null, null,
                Assignees.role(accountingRoleId), null, null, null, null, null, null, null);
        Action comment = new Action(ActionKind.COMMENT, null, null, null, null, null, null,
                "Оптовый заказ для клиента {Клиент}: бухгалтерии нужны закрывающие документы.", null, null, null,
                null, null);
        return new RuleDefinition("wholesale-documents", "Оптовый заказ — нужны документы", true, trigger,
                condition, List.of(subscribe, comment));
    }

    private static Action assign(long roleId) {
        return new Action(ActionKind.ASSIGN, null, null, null, null, Assignees.role(roleId), null, null, null, null,
                null, null, null);
    }

    private static JsonNode choice(int choiceId) {
        ObjectNode value = JsonNodeFactory.instance.objectNode();
        value.putArray("choice_ids").add(choiceId);
        return value;
    }
}
