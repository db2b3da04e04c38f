package io.potok.registry.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.potok.forms.FieldDefinition;
import io.potok.forms.FieldSettings;
import io.potok.forms.FieldType;
import io.potok.registry.ColumnRef;
import io.potok.registry.DueFilter;
import io.potok.registry.FilterOperator;
import io.potok.registry.InvalidFilter;
import io.potok.registry.RegistryFilter;
import io.potok.registry.RegistryQuery;
import io.potok.registry.RegistrySort;
import org.junit.jupiter.api.Test;

class RegisterParametersTests {

    private static final Map<Integer, ProjectedField> FIELDS = fields(
            FieldDefinition.of(1, "Клиент", FieldType.TEXT),
            FieldDefinition.of(2, "Сумма", FieldType.MONEY),
            FieldDefinition.of(3, "Дата", FieldType.DATE),
            FieldDefinition.of(4, "Тип", FieldType.MULTIPLE_CHOICE).withInfo(FieldSettings.choices(false, List.of())),
            FieldDefinition.of(5, "Справочник", FieldType.CATALOG).withInfo(FieldSettings.catalog(9)),
            FieldDefinition.of(6, "Срок", FieldType.DUE_DATE_TIME));

    private static Map<Integer, ProjectedField> fields(FieldDefinition... definitions) {
        Map<Integer, ProjectedField> byId = new LinkedHashMap<>();
        ProjectedField.of(List.of(definitions)).forEach(field -> byId.put(field.id(), field));
        return byId;
    }

    private static RegistryQuery parse(String... nameValues) {
        Map<String, List<String>> parameters = new LinkedHashMap<>();
        for (int i = 0; i < nameValues.length; i += 2) {
            parameters.put(nameValues[i], List.of(nameValues[i + 1]));
        }
        return new RegisterParameters(77, FIELDS).parse(parameters);
    }

    private static List<RegistryFilter> fieldFilters(RegistryQuery query) {
        return query.filters().stream().filter(filter -> filter.column().isField()
                || filter.column().equals(ColumnRef.TASK_ID)).toList();
    }

    @Test
    void plainValueMeansPrefixOrEquals() {
        assertThat(fieldFilters(parse("fld1", "Кофе")))
                .containsExactly(new RegistryFilter(ColumnRef.field(1), FilterOperator.STARTS_WITH, List.of("Кофе"), "fld1"));
        assertThat(fieldFilters(parse("fld2", "100.50")))
                .containsExactly(new RegistryFilter(ColumnRef.field(2), FilterOperator.EQUALS, List.of("100.50"), "fld2"));
        assertThat(fieldFilters(parse("fld4", "2")).get(0).operator()).isEqualTo(FilterOperator.EQUALS);
    }

    @Test
    void catalogValueMeansIdOrKeyPrefix() {
        assertThat(fieldFilters(parse("fld5", "42")).get(0).operator()).isEqualTo(FilterOperator.EQUALS);
        assertThat(fieldFilters(parse("fld5", "Кофе")).get(0).operator()).isEqualTo(FilterOperator.STARTS_WITH);
    }

    @Test
    void lessGreaterAndRangeBecomeComparisons() {
        assertThat(fieldFilters(parse("fld2", "lt100")))
                .containsExactly(new RegistryFilter(ColumnRef.field(2), FilterOperator.LESS, List.of("100"), "fld2"));
        assertThat(fieldFilters(parse("fld3", "gt2026-01-01")))
                .containsExactly(new RegistryFilter(ColumnRef.field(3), FilterOperator.GREATER, List.of("2026-01-01"), "fld3"));
        assertThat(fieldFilters(parse("fld2", "gt10,lt20"))).containsExactly(
                new RegistryFilter(ColumnRef.field(2), FilterOperator.GREATER, List.of("10"), "fld2"),
                new RegistryFilter(ColumnRef.field(2), FilterOperator.LESS, List.of("20"), "fld2"));
    }

    @Test
    void commaListBecomesIn() {
        assertThat(fieldFilters(parse("fld4", "1,2,3")))
                .containsExactly(new RegistryFilter(ColumnRef.field(4), FilterOperator.IN, List.of("1", "2", "3"), "fld4"));
        assertThat(fieldFilters(parse("id", "5,6")))
                .containsExactly(new RegistryFilter(ColumnRef.TASK_ID, FilterOperator.IN, List.of("5", "6"), "id"));
    }

    @Test
    void emptyAndStarBecomeEmptyAndFilled() {
        assertThat(fieldFilters(parse("fld1", "empty")).get(0).operator()).isEqualTo(FilterOperator.EMPTY);
        assertThat(fieldFilters(parse("fld1", "*")).get(0).operator()).isEqualTo(FilterOperator.FILLED);
    }

    @Test
    void stepsAcceptBracketsAndQuotes() {
        RegistryFilter expected = new RegistryFilter(ColumnRef.STEP, FilterOperator.IN, List.of("1", "2"), "steps");
        assertThat(parse("steps", "[1,2]").filters()).contains(expected);
        assertThat(parse("steps", "\"1,2\"").filters()).contains(expected);
    }

    @Test
    void openTasksOnlyUnlessArchivedIncluded() {
        RegistryFilter openOnly = new RegistryFilter(ColumnRef.STATUS, FilterOperator.EQUALS, List.of("open"),
                "include_archived");
        assertThat(parse().filters()).containsExactly(openOnly);
        assertThat(parse("include_archived", "false").filters()).containsExactly(openOnly);
        assertThat(parse("include_archived", "y").filters()).isEmpty();
        assertThat(parse("include_archived", "true").filters()).isEmpty();
    }

    @Test
    void dateBoundsBecomeStrictComparisons() {
        RegistryQuery query = parse("include_archived", "y", "created_after", "2026-01-01",
                "created_before", "2026-02-01T00:00:00Z", "modified_after", "2026-01-02",
                "modified_before", "2026-01-03", "closed_after", "2026-01-04", "closed_before", "2026-01-05");
        assertThat(query.filters()).containsExactly(
                new RegistryFilter(ColumnRef.CREATED, FilterOperator.GREATER, List.of("2026-01-01"), "created_after"),
                new RegistryFilter(ColumnRef.CREATED, FilterOperator.LESS, List.of("2026-02-01T00:00:00Z"), "created_before"),
                new RegistryFilter(ColumnRef.MODIFIED, FilterOperator.GREATER, List.of("2026-01-02"), "modified_after"),
                new RegistryFilter(ColumnRef.MODIFIED, FilterOperator.LESS, List.of("2026-01-03"), "modified_before"),
                new RegistryFilter(ColumnRef.CLOSED_AT, FilterOperator.GREATER, List.of("2026-01-04"), "closed_after"),
                new RegistryFilter(ColumnRef.CLOSED_AT, FilterOperator.LESS, List.of("2026-01-05"), "closed_before"));
    }

    @Test
    void pagingColumnsSortAndDueAreRead() {
        RegistryQuery query = parse("item_count", "25", "field_ids", "[2,1]", "sort", "-fld2",
                "due_filter", "overdue", "cursor", "abc", "task_ids", "7,8");
        assertThat(query.pageSize()).isEqualTo(25);
        assertThat(query.fieldIds()).containsExactly(2, 1);
        assertThat(query.sort()).isEqualTo(RegistrySort.descending(ColumnRef.field(2)));
        assertThat(query.dueFilter()).isEqualTo(DueFilter.OVERDUE);
        assertThat(query.cursor()).isEqualTo("abc");
        assertThat(query.filters()).contains(
                new RegistryFilter(ColumnRef.TASK_ID, FilterOperator.IN, List.of("7", "8"), "task_ids"));
    }

    @Test
    void defaultsToFiftyNewestFirst() {
        RegistryQuery query = parse();
        assertThat(query.pageSize()).isEqualTo(50);
        assertThat(query.sort()).isEqualTo(RegistrySort.NEWEST_FIRST);
        assertThat(query.fieldIds()).isEmpty();
        assertThat(query.cursor()).isNull();
    }

    @Test
    void badValuesAreNamedInvalidFilters() {
        String[][] cases = {
                {"fld2", "много"}, {"fld3", "2026-13-01"}, {"fld3", "ltвчера"}, {"fld2", "gt5,lt"},
                {"fld4", "1,x"}, {"fld99", "1"}, {"fldx", "1"}, {"fld1", ""}, {"steps", "1,два"},
                {"created_after", "вчера"}, {"item_count", "0"}, {"item_count", "20001"}, {"item_count", "-5"},
                {"field_ids", "1,99"}, {"sort", "fld99"}, {"sort", "-color"}, {"due_filter", "soon"},
                {"task_ids", "x"}, {"id", "gtx"}, {"fld6", "lt31.01.2026"}};
        for (String[] bad : cases) {
            assertThatThrownBy(() -> parse(bad[0], bad[1]))
                    .as("%s=%s", bad[0], bad[1])
                    .isInstanceOfSatisfying(InvalidFilter.class, error -> {
                        assertThat(error.code()).isEqualTo("invalid_filter");
                        assertThat(error.arguments()[0]).isEqualTo(bad[0]);
                        assertThat(error.status()).isEqualTo(400);
                    });
        }
    }

    @Test
    void invalidFilterNamesParameterAndValue() {
        assertThatThrownBy(() -> parse("fld2", "много"))
                .isInstanceOfSatisfying(InvalidFilter.class,
                        error -> assertThat(error.arguments()).containsExactly("fld2", "много"));
    }
}
