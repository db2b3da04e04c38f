package io.potok.registry.internal;

import java.util.ArrayList;
import java.util.List;

import io.potok.registry.DueFilter;
import io.potok.registry.RegistryFilter;
import io.potok.registry.RegistryQuery;
import io.potok.registry.RegistrySort;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Record;
import org.jooq.SelectLimitStep;
import org.jooq.SortField;
import org.jooq.impl.DSL;

import static io.potok.registry.internal.ProjectionTables.*;

/**
 * Builds the SQL of a registry query over one form's projection: visibility, filters, order and the keyset
 * condition after the cursor. Never uses OFFSET, so every page costs about the same.
 */
final class RegistrySql {

    private final RegistryQuery query;
    private final Targets targets;
    private final Visibility visibility;
    private final FilterConditions filters;
    private final java.time.Clock clock;

    RegistrySql(RegistryQuery query, Targets targets, Visibility visibility, java.time.ZoneId zone,
                java.time.Clock clock) {
        this.query = query;
        this.targets = targets;
        this.visibility = visibility;
        this.filters = new FilterConditions(zone);
        this.clock = clock;
    }

    Target sortTarget() {
        Target target = targets.resolve(query.sort().column(), "sort");
        if (target.type() == ValueType.INTEGERS) {
            throw new io.potok.registry.InvalidFilter("sort", "fld" + query.sort().column().fieldId());
        }
        return target;
    }

    /** Selects the given columns in sort order, after the cursor when there is one, without a limit. */
    SelectLimitStep<Record> select(DSLContext dsl, List<Field<?>> columns) {
        Target sort = sortTarget();
        List<Condition> where = new ArrayList<>(conditions());
        if (query.cursor() != null) {
            Cursors.Position after = Cursors.decode(query.cursor(), query.sort(), sort.sortType());
            where.add(after(sort.sortField(), after));
        }
        return dsl.select(columns).from(table(query.formId())).where(where).orderBy(order(sort.sortField()));
    }

    List<Condition> conditions() {
        List<Condition> where = new ArrayList<>();
        where.add(visibility.condition());
        for (RegistryFilter filter : query.filters()) {
            where.add(filters.of(filter, targets.resolve(filter.column(), filter.parameter())));
        }
        if (query.dueFilter() != null) {
            where.add(due(query.dueFilter()));
        }
        return where;
    }

    private SortField<?>[] order(Field<?> field) {
        RegistrySort sort = query.sort();
        // PostgreSQL's default null order (NULLS LAST ascending, FIRST descending) lets one btree index on
        // (column, task_id) serve both directions.
        return sort.descending()
                ? new SortField<?>[] {field.desc().nullsFirst(), TASK_ID.desc()}
                : new SortField<?>[] {field.asc().nullsLast(), TASK_ID.asc()};
    }

    /**
     * Rows after the cursor position in the order above. Empty values sort as the greatest, so they come
     * after every value ascending and before every value descending.
     */
    @SuppressWarnings("unchecked")
    private Condition after(Field<?> sortField, Cursors.Position position) {
        Field<Object> field = (Field<Object>) sortField;
        boolean descending = query.sort().descending();
        if (position.value() == null) {
            Condition laterId = descending ? TASK_ID.lt(position.taskId()) : TASK_ID.gt(position.taskId());
            Condition tie = field.isNull().and(laterId);
            return descending ? tie.or(field.isNotNull()) : tie;
        }
        if (descending) {
            return DSL.row(field, TASK_ID).lt(DSL.val(position.value(), field), DSL.val(position.taskId()));
        }
        // NOTE: the OR with the empty values keeps PostgreSQL from using the row comparison as an index
        // bound, so deep ascending pages scan the rows before the cursor.
        return DSL.row(field, TASK_ID).gt(DSL.val(position.value(), field), DSL.val(position.taskId()))
                .or(field.isNull());
    }

    private Condition due(DueFilter filter) {
        java.time.Instant now = clock.instant();
        java.time.LocalDate today = java.time.LocalDate.ofInstant(now, filters.zone());
        Condition past = DUE.lt(now).or(DUE.isNull().and(DUE_DATE.lt(today)));
        // TODO: OVERDUE_ON_STEP needs the due time of the current step, which task snapshots do not carry
        // yet, so it selects the same tasks as OVERDUE.
        return filter == DueFilter.PAST_DUE ? past : past.and(CLOSED.isFalse());
    }
}
