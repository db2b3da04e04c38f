package io.potok.registry;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import io.potok.TestOrganizations;
import io.potok.catalogs.Catalog;
import io.potok.catalogs.CatalogItem;
import io.potok.catalogs.Catalogs;
import io.potok.forms.FieldDefinition;
import io.potok.forms.FieldSettings;
import io.potok.forms.FieldSettings.ChoiceOption;
import io.potok.forms.FieldType;
import io.potok.forms.Form;
import io.potok.forms.FormDefinition;
import io.potok.forms.Forms;
import io.potok.tasks.TaskChanged;
import io.potok.tasks.TaskSnapshot;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.json.JsonMapper;

/**
 * A fresh organisation with an orders form whose fields cover every projected type, and tasks published as
 * {@link TaskChanged} events the way the tasks module publishes them.
 */
final class OrdersFixture {

    static final int CLIENT_NAME = 1;
    static final int TOTAL = 2;
    static final int DELIVERY_DATE = 3;
    static final int CLIENT_TYPE = 4;
    static final int TAGS = 5;
    static final int MANAGER = 6;
    static final int CLIENT = 7;
    static final int URGENT = 8;
    static final int DELIVER_BY = 10;
    static final int DELIVERY_TIME = 11;

    final long orgId;
    final Form form;
    final Map<String, Long> clientItems = new LinkedHashMap<>();
    private final ApplicationEventPublisher events;
    private final TransactionTemplate transactions;
    private final JsonMapper json;
    private long nextTaskId = 1;

    OrdersFixture(JdbcClient jdbc, Forms forms, Catalogs catalogs, ApplicationEventPublisher events,
                  TransactionTemplate transactions, JsonMapper json) {
        this.events = events;
        this.transactions = transactions;
        this.json = json;
        this.orgId = new TestOrganizations(jdbc).organization();
        Catalog clients = catalogs.create(orgId, "Клиенты", List.of(new Catalog.Header("Название", "text")),
                List.of(List.of("Кофейня Зерно"), List.of("кофемания"), List.of("Ромашка_100%")));
        for (CatalogItem item : catalogs.items(orgId, clients.id(), false)) {
            clientItems.put(item.key(), item.id());
        }
        this.form = forms.create(orgId, "Заказы", definition(clients.id()), null);
    }

    static FormDefinition definition(long catalogId) {
        List<ChoiceOption> types = List.of(new ChoiceOption(1, "Маркетплейс"), new ChoiceOption(2, "Дистрибьютор"),
                new ChoiceOption(3, "Розница"));
        return new FormDefinition(List.of(
                FieldDefinition.of(CLIENT_NAME, "Имя клиента", FieldType.TEXT),
                FieldDefinition.of(TOTAL, "Сумма", FieldType.MONEY).withInfo(FieldSettings.decimals(2)),
                FieldDefinition.of(DELIVERY_DATE, "Дата поставки", FieldType.DATE),
                FieldDefinition.of(CLIENT_TYPE, "Тип клиента", FieldType.MULTIPLE_CHOICE)
                        .withInfo(FieldSettings.choices(false, types)),
                FieldDefinition.of(TAGS, "Метки", FieldType.MULTIPLE_CHOICE)
                        .withInfo(FieldSettings.choices(true, types)),
                FieldDefinition.of(MANAGER, "Менеджер", FieldType.PERSON),
                FieldDefinition.of(CLIENT, "Клиент", FieldType.CATALOG).withInfo(FieldSettings.catalog(catalogId)),
                FieldDefinition.of(URGENT, "Срочно", FieldType.CHECKMARK),
                FieldDefinition.of(9, "Доставка", FieldType.TITLE).withFields(List.of(
                        FieldDefinition.of(DELIVER_BY, "Доставить до", FieldType.DUE_DATE_TIME),
                        FieldDefinition.of(DELIVERY_TIME, "Время", FieldType.TIME))),
                FieldDefinition.of(12, "Строки", FieldType.TABLE).withFields(List.of(
                        FieldDefinition.of(13, "Количество", FieldType.NUMBER)))), null);
    }

    /** A task being built; {@link #save()} publishes it. */
    final class TaskBuilder {
        final Map<String, Object> values = new LinkedHashMap<>();
        long taskId = nextTaskId++;
        Instant createdAt = Instant.parse("2026-01-15T09:00:00Z");
        Set<Long> participants = Set.of();
        Long responsible;
        Integer step = 1;
        boolean closed;
        int version = 1;

        TaskBuilder set(int fieldId, Object value) {
            values.put(String.valueOf(fieldId), value);
            return this;
        }

        TaskBuilder createdAt(String instant) {
            createdAt = Instant.parse(instant);
            return this;
        }

        TaskBuilder participants(Long... ids) {
            participants = Set.of(ids);
            return this;
        }

        TaskBuilder responsible(long id) {
            responsible = id;
            return this;
        }

        TaskBuilder closed() {
            closed = true;
            step = null;
            return this;
        }

        TaskBuilder step(int number) {
            step = number;
            return this;
        }

        TaskBuilder version(int number) {
            version = number;
            return this;
        }

        long save() {
            long author = participants.isEmpty() ? 0 : participants.iterator().next();
            TaskSnapshot snapshot = new TaskSnapshot(taskId, orgId, form.id(), version, "Заказ " + taskId, author,
                    responsible, createdAt, createdAt, closed ? createdAt.plusSeconds(3600) : null, step, closed,
                    closed ? "approved" : null, null, null, json.writeValueAsString(values), participants, 1);
            transactions.executeWithoutResult(status -> events.publishEvent(new TaskChanged(snapshot, author, true)));
            return taskId;
        }
    }

    TaskBuilder task() {
        return new TaskBuilder();
    }

    static Map<String, Object> choice(int... ids) {
        return Map.of("choice_ids", java.util.Arrays.stream(ids).boxed().toList());
    }

    static Map<String, Object> person(long id) {
        return Map.of("id", id);
    }

    static Map<String, Object> item(long id) {
        return Map.of("item_ids", List.of(id));
    }
}
