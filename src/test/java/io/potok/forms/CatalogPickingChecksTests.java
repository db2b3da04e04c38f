package io.potok.forms;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.util.List;
import java.util.Locale;

import io.potok.PotokTest;
import io.potok.TestOrganizations;
import io.potok.catalogs.Catalog;
import io.potok.catalogs.Catalog.Header;
import io.potok.catalogs.Catalogs;
import io.potok.forms.FieldSettings.CatalogPicking;
import io.potok.forms.FieldSettings.ColumnCopy;
import io.potok.forms.FieldSettings.Computation;
import io.potok.forms.FieldSettings.ItemFilter;
import io.potok.forms.RouteDefinition.AssigneeRule;
import io.potok.forms.RouteDefinition.Assignees;
import io.potok.forms.RouteDefinition.Step;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Publishing rejects picking rules of catalog fields that name columns or fields that do not exist, or copy
 * into fields that cannot take the column.
 */
@PotokTest
class CatalogPickingChecksTests {

    private static final int PRODUCT = 1;
    private static final int NOTE = 2;
    private static final int DUE = 3;
    private static final int LINES = 10;
    private static final int LINE_PRODUCT = 11;
    private static final int LINE_PRICE = 12;
    private static final int LINE_TOTAL = 13;

    @Autowired
    Forms forms;

    @Autowired
    Catalogs catalogs;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    MessageSource messages;

    long org;
    Catalog products;

    @BeforeEach
    void catalog() {
        org = new TestOrganizations(jdbc).organization();
        products = catalogs.create(org, "Товары " + System.nanoTime(),
                List.of(new Header("Артикул", "text"), new Header("Категория", "text"), new Header("Цена", "money")),
                List.of(List.of("CM-1", "Кофемашины", "25000.00")));
    }

    @Test
    void validRulesPublish() {
        CatalogPicking top = new CatalogPicking(List.of(ItemFilter.equalTo("категория", "Кофемашины")),
                List.of("Цена"), List.of(new ColumnCopy("Категория", NOTE)));
        CatalogPicking line = new CatalogPicking(List.of(ItemFilter.sameAsField("Категория", NOTE)),
                List.of("Категория"), List.of(new ColumnCopy("Цена", LINE_PRICE)));

        Form form = forms.create(org, "Заказ", definition(top, line), null);

        assertThat(form.definition().field(LINE_PRODUCT).orElseThrow().info().pickingOrNone()).isEqualTo(line);
    }

    @Test
    void rejectsUnknownColumns() {
        CatalogPicking top = new CatalogPicking(List.of(ItemFilter.equalTo("Цвет", "Красный")), List.of("Вес"),
                List.of(new ColumnCopy("Склад", NOTE)));

        assertThat(problems(definition(top, CatalogPicking.NONE))).containsExactly(
                DefinitionProblem.of("catalog_filter_unknown_column", "Товар", "Цвет", products.name()),
                DefinitionProblem.of("catalog_shown_unknown_column", "Товар", "Вес", products.name()),
                DefinitionProblem.of("catalog_copy_unknown_column", "Товар", "Склад", products.name()));
    }

    @Test
    void rejectsFilterWithoutValueOrOnMissingField() {
        CatalogPicking top = new CatalogPicking(List.of(new ItemFilter("Категория", " ", null),
                ItemFilter.sameAsField("Категория", 99)), List.of(), List.of());
        CatalogPicking line = new CatalogPicking(List.of(ItemFilter.sameAsField("Категория", LINE_PRODUCT)),
                List.of(), List.of());

        assertThat(problems(definition(top, line))).containsExactly(
                DefinitionProblem.of("catalog_filter_without_value", "Товар", "Категория"),
                DefinitionProblem.of("catalog_filter_unknown_field", "Товар", "99"),
                DefinitionProblem.of("catalog_filter_unknown_field", "Товар строки", String.valueOf(LINE_PRODUCT)));
    }

    @Test
    void rejectsCopyIntoMissingOrComputedField() {
        CatalogPicking top = new CatalogPicking(List.of(), List.of(), List.of(new ColumnCopy("Цена", LINE_PRICE)));
        CatalogPicking line = new CatalogPicking(List.of(), List.of(), List.of(new ColumnCopy("Цена", LINE_TOTAL)));

        assertThat(problems(definition(top, line))).containsExactly(
                DefinitionProblem.of("catalog_copy_unknown_field", "Товар", "Цена", String.valueOf(LINE_PRICE)),
                DefinitionProblem.of("catalog_copy_computed_field", "Товар строки", "Цена", "Сумма"));
    }

    @Test
    void rejectsCopyIntoFieldOfOtherType() {
        CatalogPicking top = new CatalogPicking(List.of(), List.of(), List.of(new ColumnCopy("Категория", DUE)));

        List<DefinitionProblem> problems = problems(definition(top, CatalogPicking.NONE));

        assertThat(problems).containsExactly(
                DefinitionProblem.of("catalog_copy_type_mismatch", "Товар", "Категория", "text", "Срок"));
        assertThat(messages.getMessage(problems.get(0).messageKey(), problems.get(0).arguments().toArray(),
                Locale.forLanguageTag("ru"))).contains("«Товар»", "«Категория»", "«Срок»");
    }

    private List<DefinitionProblem> problems(FormDefinition definition) {
        FormDefinitionInvalid invalid = catchThrowableOfType(FormDefinitionInvalid.class,
                () -> forms.create(org, "Заказ", definition, null));
        assertThat(invalid).as("publishing must be rejected").isNotNull();
        return invalid.problems();
    }

    private FormDefinition definition(CatalogPicking top, CatalogPicking line) {
        FieldDefinition lines = FieldDefinition.of(LINES, "Позиции", FieldType.TABLE).withFields(List.of(
                FieldDefinition.of(LINE_PRODUCT, "Товар строки", FieldType.CATALOG)
                        .withInfo(FieldSettings.catalog(products.id()).withPicking(line)),
                FieldDefinition.of(LINE_PRICE, "Цена", FieldType.MONEY).withInfo(FieldSettings.decimals(2)),
                FieldDefinition.of(LINE_TOTAL, "Сумма", FieldType.MONEY)
                        .withInfo(FieldSettings.decimals(2).computedAs(Computation.product(LINE_PRICE, LINE_PRICE)))));
        List<FieldDefinition> fields = List.of(
                FieldDefinition.of(PRODUCT, "Товар", FieldType.CATALOG)
                        .withInfo(FieldSettings.catalog(products.id()).withPicking(top)),
                FieldDefinition.of(NOTE, "Заметка", FieldType.TEXT),
                FieldDefinition.of(DUE, "Срок", FieldType.DATE),
                lines);
        RouteDefinition route = new RouteDefinition(List.of(new Step(1, "Менеджер", null,
                List.of(new AssigneeRule(null, Assignees.author())), null)));
        return new FormDefinition(fields, route);
    }
}
