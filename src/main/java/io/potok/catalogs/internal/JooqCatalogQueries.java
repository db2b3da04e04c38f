package io.potok.catalogs.internal;

import static org.jooq.impl.DSL.field;
import static org.jooq.impl.DSL.inline;
import static org.jooq.impl.DSL.name;
import static org.jooq.impl.DSL.noCondition;
import static org.jooq.impl.DSL.table;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import io.potok.catalogs.Catalog;
import io.potok.catalogs.CatalogItem;
import io.potok.catalogs.CatalogItemPage;
import io.potok.catalogs.CatalogItemQuery;
import io.potok.catalogs.CatalogNotFound;
import io.potok.catalogs.CatalogQueries;
import io.potok.catalogs.Catalogs;
import io.potok.identity.Member;
import io.potok.identity.Members;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Record;
import org.jooq.Table;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.json.JsonMapper;

/**
 * Searches {@code catalog_items} with conditions built by jOOQ. Text conditions go through
 * {@code catalog_item_search_text(item_values)}, which the trigram index {@code catalog_items_search_idx}
 * serves for terms of three characters and more. Pages are cut by item id (keyset paging), so a deep page
 * costs about as much as the first.
 */
@Service
@Transactional(readOnly = true)
class JooqCatalogQueries implements CatalogQueries {

    /** The maximum number of members, matched by name to one search word, whose emails are searched for. */
    private static final int MEMBER_MATCH_LIMIT = 20;

    private static final Table<Record> ITEMS = table(name("catalog_items"));
    private static final Field<Long> ID = field(name("id"), Long.class);
    private static final Field<Long> ORG_ID = field(name("org_id"), Long.class);
    private static final Field<Long> CATALOG_ID = field(name("catalog_id"), Long.class);
    private static final Field<String> ITEM_VALUES = field(name("item_values"), String.class);
    private static final Field<Boolean> DELETED = field(name("deleted"), Boolean.class);
    private static final Field<Long> VERSION = field(name("version"), Long.class);
    private static final Field<String> SEARCH_TEXT = field("catalog_item_search_text({0})", String.class, ITEM_VALUES);

    private final DSLContext dsl;
    private final Catalogs catalogs;
    private final Members members;
    private final JsonMapper json;

    JooqCatalogQueries(DSLContext dsl, Catalogs catalogs, Members members, JsonMapper json) {
        this.dsl = dsl;
        this.catalogs = catalogs;
        this.members = members;
        this.json = json;
    }

    @Override
    public CatalogItemPage search(long orgId, long catalogId, CatalogItemQuery query) {
        Catalog catalog = catalogs.find(orgId, catalogId).orElseThrow(() -> new CatalogNotFound(catalogId));
        Condition where = ORG_ID.eq(orgId)
                .and(CATALOG_ID.eq(catalogId))
                .and(DELETED.eq(query.archived()))
                .and(textCondition(orgId, catalog, query.text()))
                .and(columnConditions(catalog, query.columnFilters()));

        return query.before() > 0 ? pageBefore(where, query) : pageAfter(where, query);
    }

    @Override
    public Optional<CatalogItemPage.Row> item(long orgId, long catalogId, long itemId) {
        return dsl.select(ID, CATALOG_ID, ITEM_VALUES, DELETED, VERSION)
                .from(ITEMS)
                .where(ORG_ID.eq(orgId), CATALOG_ID.eq(catalogId), ID.eq(itemId))
                .fetchOptional(this::row);
    }

    @Override
    public long catalogVersion(long orgId, long catalogId) {
        return dsl.select(field(name("version"), Long.class))
                .from(table(name("catalogs")))
                .where(field(name("org_id"), Long.class).eq(orgId), field(name("id"), Long.class).eq(catalogId))
                .fetchOptional(0, Long.class)
                .orElseThrow(() -> new CatalogNotFound(catalogId));
    }

    private CatalogItemPage pageAfter(Condition where, CatalogItemQuery query) {
        List<CatalogItemPage.Row> rows = fetch(where.and(ID.gt(query.after())), ID.asc(), query.limit() + 1);
        boolean hasNext = rows.size() > query.limit();
        List<CatalogItemPage.Row> shown = hasNext ? rows.subList(0, query.limit()) : rows;

        Long nextAfter = hasNext ? lastId(shown) : null;
        Long previousBefore = query.after() > 0 && !shown.isEmpty() ? shown.get(0).item().id() : null;
        return new CatalogItemPage(shown, nextAfter, previousBefore);
    }

    private CatalogItemPage pageBefore(Condition where, CatalogItemQuery query) {
        List<CatalogItemPage.Row> rows = new ArrayList<>(fetch(where.and(ID.lt(query.before())), ID.desc(), query.limit() + 1));
        boolean hasPrevious = rows.size() > query.limit();
        List<CatalogItemPage.Row> shown = new ArrayList<>(hasPrevious ? rows.subList(0, query.limit()) : rows);
        Collections.reverse(shown);

        Long previousBefore = hasPrevious ? shown.get(0).item().id() : null;
        Long nextAfter = shown.isEmpty() ? null : lastId(shown);
        return new CatalogItemPage(shown, nextAfter, previousBefore);
    }

    private List<CatalogItemPage.Row> fetch(Condition where, org.jooq.SortField<Long> order, int limit) {
        return dsl.select(ID, CATALOG_ID, ITEM_VALUES, DELETED, VERSION)
                .from(ITEMS)
                .where(where)
                .orderBy(order)
                .limit(inline(limit))
                .fetch(this::row);
    }

    /**
     * Requires every word of the text in some cell. A word also matches a member cell when it is part of
     * the member's name, because member cells store emails and pages show names.
     */
    private Condition textCondition(long orgId, Catalog catalog, String text) {
        Condition all = noCondition();
        if (text.isBlank()) {
            return all;
        }
        boolean hasMemberColumn = catalog.headers().stream().anyMatch(header -> "member".equals(header.type()));
        List<Member> people = hasMemberColumn ? members.list(orgId) : List.of();
        for (String word : text.toLowerCase(Locale.ROOT).split("\\s+")) {
            Condition anyCell = SEARCH_TEXT.like(contains(word), '\\');
            for (String email : emailsOfNamesContaining(people, word)) {
                anyCell = anyCell.or(SEARCH_TEXT.like(contains(email), '\\'));
            }
            all = all.and(anyCell);
        }
        return all;
    }

    private static List<String> emailsOfNamesContaining(List<Member> people, String word) {
        return people.stream()
                .filter(member -> member.displayName().toLowerCase(Locale.ROOT).contains(word))
                .map(member -> member.email().toLowerCase(Locale.ROOT))
                .limit(MEMBER_MATCH_LIMIT)
                .toList();
    }

    /**
     * Builds the per-column filters. A text filter is also required of the whole search text, which changes
     * no result but lets the trigram index narrow the rows before the cell itself is checked.
     */
    private static Condition columnConditions(Catalog catalog, Map<Integer, String> filters) {
        Condition all = noCondition();
        for (Map.Entry<Integer, String> filter : filters.entrySet()) {
            int position = filter.getKey();
            String value = filter.getValue().strip().toLowerCase(Locale.ROOT);
            if (position < 0 || position >= catalog.headers().size() || value.isEmpty()) {
                continue;
            }
            Field<String> cell = field("lower({0} ->> {1})", String.class, ITEM_VALUES, inline(position));
            if ("member".equals(catalog.headers().get(position).type())) {
                all = all.and(cell.eq(value));
            } else {
                all = all.and(SEARCH_TEXT.like(contains(value), '\\')).and(cell.like(contains(value), '\\'));
            }
        }
        return all;
    }

    /** Returns a LIKE pattern that finds the text anywhere, with the wildcards in it matched literally. */
    private static String contains(String text) {
        String literal = text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
        return "%" + literal + "%";
    }

    private static Long lastId(List<CatalogItemPage.Row> rows) {
        return rows.get(rows.size() - 1).item().id();
    }

    private CatalogItemPage.Row row(Record record) {
        String[] stored = json.readValue(record.get(ITEM_VALUES), String[].class);
        List<String> values = Arrays.stream(stored).map(value -> value == null ? "" : value).toList();
        CatalogItem item = new CatalogItem(record.get(ID), record.get(CATALOG_ID), values, record.get(DELETED));
        return new CatalogItemPage.Row(item, record.get(VERSION));
    }
}
