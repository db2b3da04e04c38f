package io.potok.registry;

import static io.potok.registry.OrdersFixture.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import io.potok.PotokTest;
import io.potok.catalogs.Catalogs;
import io.potok.forms.Forms;
import io.potok.identity.CurrentMember;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.json.JsonMapper;

@PotokTest
class RegistryQueryTests {

    @Autowired Registry registry;
    @Autowired JdbcClient jdbc;
    @Autowired Forms forms;
    @Autowired Catalogs catalogs;
    @Autowired ApplicationEventPublisher events;
    @Autowired TransactionTemplate transactions;
    @Autowired JsonMapper json;

    OrdersFixture orders;
    CurrentMember admin;

    @BeforeEach
    void createOrders() {
        orders = new OrdersFixture(jdbc, forms, catalogs, events, transactions, json);
        admin = new CurrentMember(1, orders.orgId, "admin@test.local", "Admin", true, Locale.forLanguageTag("ru"),
                ZoneId.of("Europe/Moscow"));
    }

    private List<Long> ids(RegistryFilter... filters) {
        RegistryQuery query = RegistryQuery.of(orders.form.id()).sortedBy(RegistrySort.ascending(ColumnRef.TASK_ID));
        for (RegistryFilter filter : filters) {
            query = query.where(filter);
        }
        return registry.query(admin, query).rows().stream().map(RegistryRow::taskId).toList();
    }

    @Test
    void textFiltersMatchExactPrefixAndEmpty() {
        long zerno = orders.task().set(CLIENT_NAME, "Кофейня Зерно").save();
        long mania = orders.task().set(CLIENT_NAME, "кофемания").save();
        long percent = orders.task().set(CLIENT_NAME, "100% кофе_").save();
        long none = orders.task().save();

        assertThat(ids(RegistryFilter.field(CLIENT_NAME, FilterOperator.EQUALS, "кофемания"))).containsExactly(mania);
        assertThat(ids(RegistryFilter.field(CLIENT_NAME, FilterOperator.STARTS_WITH, "КОФ"))).containsExactly(zerno, mania);
        assertThat(ids(RegistryFilter.field(CLIENT_NAME, FilterOperator.STARTS_WITH, "100%"))).containsExactly(percent);
        assertThat(ids(RegistryFilter.field(CLIENT_NAME, FilterOperator.STARTS_WITH, "1_0"))).isEmpty();
        assertThat(ids(RegistryFilter.field(CLIENT_NAME, FilterOperator.NOT_EQUALS, "кофемания")))
                .containsExactly(zerno, percent, none);
        assertThat(ids(RegistryFilter.field(CLIENT_NAME, FilterOperator.IN, "кофемания", "100% кофе_")))
                .containsExactly(mania, percent);
        assertThat(ids(RegistryFilter.field(CLIENT_NAME, FilterOperator.EMPTY))).containsExactly(none);
        assertThat(ids(RegistryFilter.field(CLIENT_NAME, FilterOperator.FILLED))).containsExactly(zerno, mania, percent);
    }

    @Test
    void numberFiltersCompare() {
        long small = orders.task().set(TOTAL, new BigDecimal("99.99")).save();
        long hundred = orders.task().set(TOTAL, new BigDecimal("100.00")).save();
        long large = orders.task().set(TOTAL, new BigDecimal("1500.50")).save();
        orders.task().save();

        assertThat(ids(RegistryFilter.field(TOTAL, FilterOperator.EQUALS, "100"))).containsExactly(hundred);
        assertThat(ids(RegistryFilter.field(TOTAL, FilterOperator.GREATER, "100"))).containsExactly(large);
        assertThat(ids(RegistryFilter.field(TOTAL, FilterOperator.LESS, "100"))).containsExactly(small);
        assertThat(ids(RegistryFilter.field(TOTAL, FilterOperator.AT_LEAST, "100"))).containsExactly(hundred, large);
        assertThat(ids(RegistryFilter.field(TOTAL, FilterOperator.AT_MOST, "100"))).containsExactly(small, hundred);
        assertThat(ids(RegistryFilter.field(TOTAL, FilterOperator.IN, "99.99", "1500.5"))).containsExactly(small, large);
    }

    @Test
    void dateTimeAndChoiceFiltersCompare() {
        long january = orders.task().set(DELIVERY_DATE, "2026-01-31").set(CLIENT_TYPE, choice(1))
                .set(TAGS, choice(1, 3)).set(DELIVERY_TIME, "09:30").save();
        long february = orders.task().set(DELIVERY_DATE, "2026-02-01").set(CLIENT_TYPE, choice(3))
                .set(TAGS, choice(2)).set(DELIVERY_TIME, "18:00").save();

        assertThat(ids(RegistryFilter.field(DELIVERY_DATE, FilterOperator.LESS, "2026-02-01"))).containsExactly(january);
        assertThat(ids(RegistryFilter.field(DELIVERY_DATE, FilterOperator.AT_LEAST, "2026-02-01"))).containsExactly(february);
        assertThat(ids(RegistryFilter.field(DELIVERY_TIME, FilterOperator.GREATER, "12:00"))).containsExactly(february);
        assertThat(ids(RegistryFilter.field(CLIENT_TYPE, FilterOperator.EQUALS, "3"))).containsExactly(february);
        assertThat(ids(RegistryFilter.field(CLIENT_TYPE, FilterOperator.NOT_EQUALS, "3"))).containsExactly(january);
        assertThat(ids(RegistryFilter.field(TAGS, FilterOperator.EQUALS, "3"))).containsExactly(january);
        assertThat(ids(RegistryFilter.field(TAGS, FilterOperator.IN, "2", "3"))).containsExactly(january, february);
        assertThat(ids(RegistryFilter.field(TAGS, FilterOperator.NOT_EQUALS, "2"))).containsExactly(january);
    }

    @Test
    void personCatalogAndCheckmarkFiltersMatch() {
        long zerno = orders.clientItems.get("Кофейня Зерно");
        long mania = orders.clientItems.get("кофемания");
        long first = orders.task().set(CLIENT, item(zerno)).set(MANAGER, person(5)).set(URGENT, "checked").save();
        long second = orders.task().set(CLIENT, item(mania)).set(MANAGER, person(6)).set(URGENT, "unchecked").save();
        long third = orders.task().set(CLIENT, item(orders.clientItems.get("Ромашка_100%"))).save();

        assertThat(ids(RegistryFilter.field(CLIENT, FilterOperator.EQUALS, String.valueOf(mania)))).containsExactly(second);
        assertThat(ids(RegistryFilter.field(CLIENT, FilterOperator.STARTS_WITH, "коф"))).containsExactly(first, second);
        assertThat(ids(RegistryFilter.field(CLIENT, FilterOperator.STARTS_WITH, "Ромашка_1"))).containsExactly(third);
        assertThat(ids(RegistryFilter.field(MANAGER, FilterOperator.EQUALS, "6"))).containsExactly(second);
        assertThat(ids(RegistryFilter.field(MANAGER, FilterOperator.EMPTY))).containsExactly(third);
        assertThat(ids(RegistryFilter.field(URGENT, FilterOperator.EQUALS, "checked"))).containsExactly(first);
        RegistryRow row = registry.query(admin, RegistryQuery.of(orders.form.id())
                .where(RegistryFilter.of(ColumnRef.TASK_ID, FilterOperator.EQUALS, String.valueOf(first)))).rows().get(0);
        assertThat(row.values().get(CLIENT)).isEqualTo(new RegistryRow.CatalogValue(zerno, "Кофейня Зерно"));
    }

    @Test
    void taskColumnFiltersMatchStepStatusAndResponsible() {
        long onTwo = orders.task().step(2).responsible(7).save();
        long closed = orders.task().closed().save();
        long onOne = orders.task().save();

        assertThat(ids(RegistryFilter.of(ColumnRef.STEP, FilterOperator.EQUALS, "2"))).containsExactly(onTwo);
        assertThat(ids(RegistryFilter.of(ColumnRef.STATUS, FilterOperator.EQUALS, "closed"))).containsExactly(closed);
        assertThat(ids(RegistryFilter.of(ColumnRef.STATUS, FilterOperator.EQUALS, "open"))).containsExactly(onTwo, onOne);
        assertThat(ids(RegistryFilter.of(ColumnRef.RESPONSIBLE, FilterOperator.IN, "7", "8"))).containsExactly(onTwo);
        assertThat(ids(RegistryFilter.of(ColumnRef.CLOSED_AT, FilterOperator.FILLED))).containsExactly(closed);
    }

    @Test
    void createdDatesAreLocalDaysOfMember() {
        orders.task().createdAt("2025-12-31T18:30:00Z").save();
        long firstLocalDay = orders.task().createdAt("2025-12-31T19:30:00Z").save();
        long lastLocalDay = orders.task().createdAt("2026-01-31T18:59:59Z").save();
        orders.task().createdAt("2026-01-31T19:00:00Z").save();
        CurrentMember yekaterinburg = new CurrentMember(1, orders.orgId, "a@test.local", "A", true,
                Locale.forLanguageTag("ru"), ZoneId.of("Asia/Yekaterinburg"));

        RegistryQuery january = RegistryQuery.of(orders.form.id()).sortedBy(RegistrySort.ascending(ColumnRef.CREATED))
                .where(RegistryFilter.of(ColumnRef.CREATED, FilterOperator.AT_LEAST, "2026-01-01"))
                .where(RegistryFilter.of(ColumnRef.CREATED, FilterOperator.AT_MOST, "2026-01-31"));

        assertThat(registry.query(yekaterinburg, january).rows()).extracting(RegistryRow::taskId)
                .containsExactly(firstLocalDay, lastLocalDay);
        RegistryQuery firstDay = RegistryQuery.of(orders.form.id())
                .where(RegistryFilter.of(ColumnRef.CREATED, FilterOperator.EQUALS, "2026-01-01"));
        assertThat(registry.query(yekaterinburg, firstDay).rows()).extracting(RegistryRow::taskId)
                .containsExactly(firstLocalDay);
    }

    @Test
    void pyrusParametersQueryTheProjection() {
        long open = orders.task().set(TOTAL, new BigDecimal("500")).save();
        orders.task().set(TOTAL, new BigDecimal("50")).save();
        long closed = orders.task().set(TOTAL, new BigDecimal("700")).closed().save();

        RegistryQuery openOnly = registry.parseRegisterParameters(admin, orders.form.id(),
                java.util.Map.of("fld" + TOTAL, List.of("gt100")));
        RegistryQuery withClosed = registry.parseRegisterParameters(admin, orders.form.id(),
                java.util.Map.of("fld" + TOTAL, List.of("gt100"), "include_archived", List.of("y"), "sort", List.of("-fld2")));

        assertThat(registry.query(admin, openOnly).rows()).extracting(RegistryRow::taskId).containsExactly(open);
        assertThat(registry.query(admin, withClosed).rows()).extracting(RegistryRow::taskId).containsExactly(closed, open);
    }

    @Test
    void sortsByTextNumberAndDateBothWays() {
        long a = orders.task().set(CLIENT_NAME, "Альфа").set(TOTAL, 300).set(DELIVERY_DATE, "2026-03-01").save();
        long b = orders.task().set(CLIENT_NAME, "Бета").set(TOTAL, 100).set(DELIVERY_DATE, "2026-01-01").save();
        long c = orders.task().set(CLIENT_NAME, "Вега").set(TOTAL, 200).set(DELIVERY_DATE, "2026-02-01").save();
        long empty = orders.task().save();

        assertThat(sorted(ColumnRef.field(CLIENT_NAME), false)).containsExactly(a, b, c, empty);
        assertThat(sorted(ColumnRef.field(CLIENT_NAME), true)).containsExactly(empty, c, b, a);
        assertThat(sorted(ColumnRef.field(TOTAL), false)).containsExactly(b, c, a, empty);
        assertThat(sorted(ColumnRef.field(TOTAL), true)).containsExactly(empty, a, c, b);
        assertThat(sorted(ColumnRef.field(DELIVERY_DATE), false)).containsExactly(b, c, a, empty);
        assertThat(sorted(ColumnRef.field(DELIVERY_DATE), true)).containsExactly(empty, a, c, b);
    }

    private List<Long> sorted(ColumnRef column, boolean descending) {
        RegistryQuery query = RegistryQuery.of(orders.form.id()).sortedBy(new RegistrySort(column, descending));
        return registry.query(admin, query).rows().stream().map(RegistryRow::taskId).toList();
    }

    @Test
    void cursorPagingVisitsEachRowOnce() {
        List<Long> all = new ArrayList<>();
        for (int i = 0; i < 23; i++) {
            var task = orders.task();
            if (i % 4 != 0) {
                task.set(TOTAL, (i % 3) * 100);
            }
            all.add(task.save());
        }
        for (boolean descending : new boolean[] {false, true}) {
            for (ColumnRef column : List.of(ColumnRef.field(TOTAL), ColumnRef.CREATED, ColumnRef.field(CLIENT_NAME))) {
                RegistryQuery query = RegistryQuery.of(orders.form.id()).pageSize(5)
                        .sortedBy(new RegistrySort(column, descending));
                List<Long> unpaged = registry.query(admin, query.pageSize(100)).rows().stream()
                        .map(RegistryRow::taskId).toList();

                List<Long> paged = pageThrough(query);

                assertThat(paged).as("%s descending=%s", column, descending).containsExactlyElementsOf(unpaged);
                assertThat(paged).containsExactlyInAnyOrderElementsOf(all);
            }
        }
    }

    private List<Long> pageThrough(RegistryQuery query) {
        List<Long> seen = new ArrayList<>();
        RegistryPage page = registry.query(admin, query);
        seen.addAll(page.rows().stream().map(RegistryRow::taskId).toList());
        while (page.nextCursor() != null) {
            page = registry.query(admin, query.after(page.nextCursor()));
            seen.addAll(page.rows().stream().map(RegistryRow::taskId).toList());
        }
        return seen;
    }

    @Test
    void lastPageHasNoCursor() {
        orders.task().save();
        orders.task().save();

        RegistryPage page = registry.query(admin, RegistryQuery.of(orders.form.id()).pageSize(2));

        assertThat(page.rows()).hasSize(2);
        assertThat(page.nextCursor()).isNull();
    }

    @Test
    void badFilterValueIsRejectedWithParameterName() {
        RegistryQuery query = RegistryQuery.of(orders.form.id())
                .where(RegistryFilter.field(TOTAL, FilterOperator.GREATER, "много"));

        assertThatThrownBy(() -> registry.query(admin, query)).isInstanceOfSatisfying(InvalidFilter.class,
                error -> assertThat(error.arguments()).containsExactly("fld2", "много"));
        assertThatThrownBy(() -> registry.query(admin, RegistryQuery.of(orders.form.id()).sortedBy(
                RegistrySort.ascending(ColumnRef.field(TAGS))))).isInstanceOf(InvalidFilter.class);
        assertThatThrownBy(() -> registry.query(admin, RegistryQuery.of(orders.form.id())
                .where(RegistryFilter.field(TAGS, FilterOperator.GREATER, "1")))).isInstanceOf(InvalidFilter.class);
    }

    @Test
    void removedFieldsStayQueryableAfterNewVersion() {
        long old = orders.task().set(CLIENT_NAME, "Старый клиент").save();
        var definition = orders.form.definition();
        var fields = new ArrayList<>(definition.fields().subList(1, definition.fields().size()));
        fields.add(io.potok.forms.FieldDefinition.of(30, "Канал", io.potok.forms.FieldType.TEXT));
        forms.publish(orders.orgId, orders.form.id(), new io.potok.forms.FormDefinition(fields, null), null);
        assertThat(registry.columns(orders.orgId, orders.form.id())).extracting(RegistryColumn::fieldId)
                .as("columns added when the version is published, before any task uses it").contains(30);
        long current = orders.task().version(2).set(30, "Ozon").save();

        assertThat(ids(RegistryFilter.field(CLIENT_NAME, FilterOperator.STARTS_WITH, "стар"))).containsExactly(old);
        assertThat(ids(RegistryFilter.field(30, FilterOperator.EQUALS, "Ozon"))).containsExactly(current);
        assertThat(registry.columns(orders.orgId, orders.form.id())).extracting(RegistryColumn::fieldId)
                .contains(CLIENT_NAME, 30);
    }
}
