package io.potok.forms;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;

import io.potok.PotokTest;
import io.potok.TestOrganizations;
import io.potok.catalogs.Catalog;
import io.potok.catalogs.Catalogs;
import io.potok.forms.RouteDefinition.AssigneeRule;
import io.potok.forms.RouteDefinition.Assignees;
import io.potok.forms.RouteDefinition.Step;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

@PotokTest
class StockRuleCheckTests {

    static final int REGION = 1;
    static final int LINES = 2;
    static final int PRODUCT = 3;
    static final int QUANTITY = 4;
    static final int NOTE = 5;

    @Autowired
    Forms forms;

    @Autowired
    Catalogs catalogs;

    @Autowired
    JdbcClient jdbc;

    long org;
    long catalogId;

    @BeforeEach
    void organization() {
        TestOrganizations people = new TestOrganizations(jdbc);
        org = people.organization();
        catalogId = catalogs.create(org, "Товары", List.of(new Catalog.Header("Артикул", "text")),
                List.of(List.of("CM-001"))).id();
    }

    private FormDefinition definition(long productCatalogId, StockRule rule) {
        List<FieldDefinition> fields = List.of(
                FieldDefinition.of(REGION, "Регион", FieldType.TEXT),
                FieldDefinition.of(LINES, "Позиции", FieldType.TABLE).withFields(List.of(
                        FieldDefinition.of(PRODUCT, "Товар", FieldType.CATALOG)
                                .withInfo(FieldSettings.catalog(productCatalogId)),
                        FieldDefinition.of(QUANTITY, "Количество", FieldType.NUMBER),
                        FieldDefinition.of(NOTE, "Комментарий", FieldType.TEXT))));
        List<Step> steps = List.of(
                new Step(1, "Менеджер", null, List.of(new AssigneeRule(null, Assignees.author())), null),
                new Step(2, "Склад", null, List.of(new AssigneeRule(null, Assignees.author())), null));
        return new FormDefinition(fields, new RouteDefinition(steps)).withStock(rule);
    }

    private List<String> problems(long productCatalogId, StockRule rule) {
        try {
            forms.create(org, "Заказы " + System.nanoTime(), definition(productCatalogId, rule), null);
            return List.of();
        } catch (FormDefinitionInvalid invalid) {
            return invalid.problems().stream().map(DefinitionProblem::code).toList();
        }
    }

    @Test
    void validRuleIsPublished() {
        Form form = forms.create(org, "Заказы " + System.nanoTime(),
                definition(catalogId, new StockRule(LINES, PRODUCT, QUANTITY, REGION, true, 1, 2)), null);

        assertThat(form.definition().stock()).isEqualTo(new StockRule(LINES, PRODUCT, QUANTITY, REGION, true, 1, 2));
    }

    @Test
    void ruleWithoutStepsIsPublished() {
        assertThat(problems(catalogId, new StockRule(LINES, PRODUCT, QUANTITY, REGION, false, null, null))).isEmpty();
    }

    @Test
    void linesFieldMustBeTable() {
        assertThat(problems(catalogId, new StockRule(REGION, PRODUCT, QUANTITY, REGION, false, null, null)))
                .contains("stock_lines_not_table");
    }

    @Test
    void productMustBeCatalogColumn() {
        assertThat(problems(catalogId, new StockRule(LINES, NOTE, QUANTITY, REGION, false, null, null)))
                .contains("stock_product_not_catalog_column");
    }

    @Test
    void productCatalogMustExistInOrganization() {
        long otherOrgCatalog = catalogs.create(new TestOrganizations(jdbc).organization(), "Товары",
                List.of(new Catalog.Header("Артикул", "text")), List.of(List.of("X-1"))).id();

        assertThat(problems(otherOrgCatalog, new StockRule(LINES, PRODUCT, QUANTITY, REGION, false, null, null)))
                .contains("stock_product_catalog_missing");
    }

    @Test
    void quantityMustBeNumberColumn() {
        assertThat(problems(catalogId, new StockRule(LINES, PRODUCT, NOTE, REGION, false, null, null)))
                .contains("stock_quantity_not_number_column");
    }

    @Test
    void warehouseFieldMustBeOutsideTable() {
        assertThat(problems(catalogId, new StockRule(LINES, PRODUCT, QUANTITY, NOTE, false, null, null)))
                .contains("stock_warehouse_field_invalid");
    }

    @Test
    void warehouseFieldMustExist() {
        assertThat(problems(catalogId, new StockRule(LINES, PRODUCT, QUANTITY, 99, false, null, null)))
                .contains("stock_warehouse_field_invalid");
    }

    @Test
    void stepsMustExist() {
        assertThat(problems(catalogId, new StockRule(LINES, PRODUCT, QUANTITY, REGION, false, 7, null)))
                .contains("stock_step_missing");
        assertThat(problems(catalogId, new StockRule(LINES, PRODUCT, QUANTITY, REGION, false, null, 8)))
                .contains("stock_step_missing");
    }

    @Test
    void shipMustNotPrecedeReserve() {
        assertThat(problems(catalogId, new StockRule(LINES, PRODUCT, QUANTITY, REGION, false, 2, 1)))
                .containsExactly("stock_ship_before_reserve");
    }

    @Test
    void invalidRuleNamesProblemInMessage() {
        assertThatThrownBy(() -> forms.create(org, "Заказы " + System.nanoTime(),
                definition(catalogId, new StockRule(LINES, PRODUCT, QUANTITY, REGION, false, 2, 1)), null))
                .isInstanceOfSatisfying(FormDefinitionInvalid.class, invalid ->
                        assertThat(invalid.messageKey()).isEqualTo("definition.problem.stock_ship_before_reserve"));
    }
}
