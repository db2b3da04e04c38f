package io.potok.tasks;

import static io.potok.tasks.PickingFixture.CAPSULES;
import static io.potok.tasks.PickingFixture.CATEGORY;
import static io.potok.tasks.PickingFixture.CLIENT;
import static io.potok.tasks.PickingFixture.CLIENT_TYPE;
import static io.potok.tasks.PickingFixture.GIFT;
import static io.potok.tasks.PickingFixture.KAZAN;
import static io.potok.tasks.PickingFixture.LINES;
import static io.potok.tasks.PickingFixture.MACHINES;
import static io.potok.tasks.PickingFixture.MOSCOW;
import static io.potok.tasks.PickingFixture.PRICE;
import static io.potok.tasks.PickingFixture.PRODUCT;
import static io.potok.tasks.PickingFixture.QUANTITY;
import static io.potok.tasks.PickingFixture.REGION;
import static io.potok.tasks.PickingFixture.RETAIL;
import static io.potok.tasks.PickingFixture.choiceValue;
import static io.potok.tasks.PickingFixture.item;
import static io.potok.tasks.PickingFixture.oneRow;
import static io.potok.tasks.PickingFixture.update;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

import io.potok.TestOrganizations;
import io.potok.PotokTest;
import io.potok.catalogs.CatalogItem;
import io.potok.catalogs.Catalogs;
import io.potok.catalogs.CellCondition;
import io.potok.forms.CatalogItemFilteredOut;
import io.potok.forms.Forms;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.JsonNodeFactory;

/**
 * Catalog fields with picking rules through the tasks service, as the API and the pages save: filters by a
 * constant and by another field, rejection of a filtered-out item, and columns copied on the server.
 */
@PotokTest
class CatalogPickingTests {

    @Autowired
    Tasks tasks;

    @Autowired
    Forms forms;

    @Autowired
    Catalogs catalogs;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    MessageSource messages;

    PickingFixture orders;

    @BeforeEach
    void orderForm() {
        orders = new PickingFixture(new TestOrganizations(jdbc), catalogs, forms);
    }

    @Test
    void constantFilterRejectsOtherCategory() {
        CatalogItem machine = orders.product(catalogs, "CM-1");

        CatalogItemFilteredOut rejected = catchThrowableOfType(CatalogItemFilteredOut.class,
                () -> create(update(GIFT, item(machine.id()))));

        assertThat(rejected).isNotNull();
        assertThat(rejected.arguments()).containsExactly("catalog_item_filtered", "Подарок", "CM-1", "Категория", "Капсулы");
    }

    @Test
    void constantFilterIgnoresCase() {
        CatalogItem capsules = orders.product(catalogs, "CP-1");

        TaskView task = create(update(GIFT, item(capsules.id())));

        assertThat(value(task, GIFT).path("item_id").asLong()).isEqualTo(capsules.id());
    }

    @Test
    void rejectionMessageNamesItemAndFilter() {
        CatalogItem machine = orders.product(catalogs, "CM-2");
        CatalogItemFilteredOut rejected = catchThrowableOfType(CatalogItemFilteredOut.class,
                () -> create(update(GIFT, item(machine.id()))));

        String message = messages.getMessage(rejected.messageKey(), rejected.arguments(), Locale.forLanguageTag("ru"));

        assertThat(message).contains("«Подарок»", "«CM-2»", "«Категория»", "«Капсулы»");
    }

    @Test
    void dependentFilterRejectsLineOfOtherCategory() {
        CatalogItem capsules = orders.product(catalogs, "CP-2");

        CatalogItemFilteredOut rejected = catchThrowableOfType(CatalogItemFilteredOut.class,
                () -> create(update(CATEGORY, choiceValue(MACHINES)),
                        update(LINES, oneRow(update(PRODUCT, item(capsules.id())), quantity(1)))));

        assertThat(rejected).isNotNull();
        assertThat(rejected.arguments()).containsExactly("catalog_item_filtered", "Товар", "CP-2", "Категория", "Кофемашины");
    }

    @Test
    void dependentFilterAcceptsLineOfChosenCategory() {
        CatalogItem machine = orders.product(catalogs, "CM-1");

        TaskView task = create(update(CATEGORY, choiceValue(MACHINES)),
                update(LINES, oneRow(update(PRODUCT, item(machine.id())), quantity(1))));

        assertThat(cell(task, PRODUCT).path("item_id").asLong()).isEqualTo(machine.id());
    }

    @Test
    void emptyFilterSourceAllowsAnyItem() {
        CatalogItem capsules = orders.product(catalogs, "CP-1");

        TaskView task = create(update(LINES, oneRow(update(PRODUCT, item(capsules.id())), quantity(2))));

        assertThat(cell(task, PRODUCT).path("item_id").asLong()).isEqualTo(capsules.id());
    }

    @Test
    void changingFilterSourceRechecksPickedItem() {
        CatalogItem machine = orders.product(catalogs, "CM-1");
        TaskView task = create(update(CATEGORY, choiceValue(MACHINES)),
                update(LINES, oneRow(update(PRODUCT, item(machine.id())), quantity(1))));

        CatalogItemFilteredOut rejected = catchThrowableOfType(CatalogItemFilteredOut.class,
                () -> tasks.change(orders.author(), task.id(), TaskChange.fields(List.of(update(CATEGORY, choiceValue(CAPSULES))))));

        assertThat(rejected).isNotNull();
        assertThat(rejected.arguments()).contains("CM-1", "Капсулы");
    }

    @Test
    void unrelatedChangeKeepsStaleItem() {
        CatalogItem machine = orders.product(catalogs, "CM-1");
        TaskView task = create(update(CATEGORY, choiceValue(MACHINES)),
                update(LINES, oneRow(update(PRODUCT, item(machine.id())), quantity(1))));
        // the catalog moves the product to another category after it was picked
        jdbc.sql("update catalog_items set item_values = jsonb_set(item_values, '{2}', '\"Капсулы\"') where id = :id")
                .param("id", machine.id()).update();

        TaskView changed = tasks.change(orders.author(), task.id(),
                TaskChange.fields(List.of(update(CLIENT_TYPE, choiceValue(RETAIL)))));

        assertThat(cell(changed, PRODUCT).path("item_id").asLong()).isEqualTo(machine.id());
    }

    @Test
    void pickedProductCopiesPriceIntoLine() {
        CatalogItem machine = orders.product(catalogs, "CM-2");

        TaskView task = create(update(LINES, oneRow(update(PRODUCT, item(machine.id())), quantity(2))));

        assertThat(cell(task, PRICE).decimalValue()).isEqualByComparingTo("54000.50");
        assertThat(cell(task, PickingFixture.LINE_TOTAL).decimalValue()).isEqualByComparingTo("108001.00");
    }

    @Test
    void priceGivenWithProductIsKept() {
        CatalogItem machine = orders.product(catalogs, "CM-2");

        TaskView task = create(update(LINES, oneRow(update(PRODUCT, item(machine.id())), quantity(1),
                update(PRICE, JsonNodeFactory.instance.stringNode("50000")))));

        assertThat(cell(task, PRICE).decimalValue()).isEqualByComparingTo("50000");
    }

    @Test
    void pickedClientCopiesTypeAndRegionIntoChoices() {
        CatalogItem client = orders.client(catalogs, "ООО «Арома»");

        TaskView task = create(update(CLIENT, item(client.id())));

        assertThat(value(task, CLIENT_TYPE).path("choice_ids").get(0).asInt()).isEqualTo(RETAIL);
        assertThat(value(task, REGION).path("choice_ids").get(0).asInt()).isEqualTo(KAZAN);
    }

    @Test
    void copyWithoutMatchingChoiceLeavesTargetEmpty() {
        CatalogItem client = orders.client(catalogs, "АО «Север»");

        TaskView task = create(update(CLIENT, item(client.id())));

        assertThat(value(task, CLIENT_TYPE).path("choice_ids").isMissingNode()).isTrue();
        assertThat(value(task, REGION).path("choice_ids").get(0).asInt()).isEqualTo(MOSCOW);
    }

    @Test
    void clientOfOtherRegionThanGivenIsRejected() {
        CatalogItem client = orders.client(catalogs, "ООО «Арома»");

        CatalogItemFilteredOut rejected = catchThrowableOfType(CatalogItemFilteredOut.class,
                () -> create(update(REGION, choiceValue(MOSCOW)), update(CLIENT, item(client.id()))));

        assertThat(rejected).isNotNull();
        assertThat(rejected.arguments()).containsExactly("catalog_item_filtered", "Клиент", "ООО «Арома»", "Регион", "Москва");
    }

    @Test
    void keyPrefixSearchAppliesConditionsInDatabase() {
        List<CatalogItem> capsules = catalogs.itemsByKeyPrefix(orders.orgId, orders.products.id(), "c",
                List.of(new CellCondition(2, " КАПСУЛЫ ")), 20);
        List<CatalogItem> machinesPricedExactly = catalogs.itemsByKeyPrefix(orders.orgId, orders.products.id(), "",
                List.of(new CellCondition(2, "Кофемашины"), new CellCondition(3, "25000.00")), 20);

        assertThat(capsules).extracting(CatalogItem::key).containsExactly("CP-1", "CP-2");
        assertThat(machinesPricedExactly).extracting(CatalogItem::key).containsExactly("CM-1");
    }

    private TaskView create(JsonNode... fields) {
        return tasks.create(orders.author(), NewTask.onForm(orders.form.id(), List.of(fields)));
    }

    private static JsonNode quantity(int count) {
        return update(QUANTITY, JsonNodeFactory.instance.numberNode(count));
    }

    private static JsonNode value(TaskView task, int fieldId) {
        Optional<JsonNode> found = task.fields().valueStream()
                .filter(field -> field.path("id").asInt() == fieldId).findFirst();
        return found.orElseThrow(() -> new AssertionError("No field " + fieldId + " in " + task.fields())).path("value");
    }

    /** Returns the value of a column in the first line of the order. */
    private static JsonNode cell(TaskView task, int columnId) {
        JsonNode row = value(task, LINES).path(0);
        for (JsonNode cell : row.path("cells")) {
            if (cell.path("id").asInt() == columnId) {
                return cell.path("value");
            }
        }
        throw new AssertionError("No column " + columnId + " in " + row);
    }
}
