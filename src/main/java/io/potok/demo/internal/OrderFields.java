package io.potok.demo.internal;

import static io.potok.demo.DemoWorkspace.*;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * The values of a new order, turned into field objects in the API's write shape. The order total and the
 * line totals are computed by the form, so they are not sent.
 *
 * @param tradeInDiscount the trade-in discount in roubles, or null for none
 */
record OrderFields(long clientId, int clientType, int source, int region, List<OrderLines.Line> lines,
                   int delivery, LocalDate dueDate, String tradeInDiscount) {

    private static final JsonNodeFactory JSON = JsonNodeFactory.instance;

    OrderFields(long clientId, int clientType, int source, int region, List<OrderLines.Line> lines, int delivery,
                LocalDate dueDate) {
        this(clientId, clientType, source, region, lines, delivery, dueDate, null);
    }

    OrderFields withTradeIn(String discount) {
        return new OrderFields(clientId, clientType, source, region, lines, delivery, dueDate, discount);
    }

    List<JsonNode> toJson() {
        List<JsonNode> fields = new ArrayList<>();
        fields.add(field(CLIENT, JSON.objectNode().put("item_id", clientId)));
        fields.add(field(CLIENT_TYPE, choice(clientType)));
        fields.add(field(SOURCE, choice(source)));
        fields.add(field(REGION, choice(region)));
        fields.add(field(LINES, rows()));
        fields.add(field(DELIVERY, choice(delivery)));
        fields.add(field(DUE_DATE, JSON.stringNode(dueDate.toString())));
        if (tradeInDiscount != null) {
            fields.add(field(TRADE_IN_DISCOUNT, JSON.stringNode(tradeInDiscount)));
        }
        return fields;
    }

    private ArrayNode rows() {
        ArrayNode rows = JSON.arrayNode();
        for (OrderLines.Line line : lines) {
            ArrayNode cells = JSON.arrayNode();
            cells.add(field(LINE_PRODUCT, JSON.objectNode().put("item_id", line.productId())));
            cells.add(field(LINE_QUANTITY, JSON.numberNode(line.quantity())));
            cells.add(field(LINE_PRICE, JSON.stringNode(line.price())));
            rows.add(JSON.objectNode().set("cells", cells));
        }
        return rows;
    }

    static ObjectNode choice(int choiceId) {
        ObjectNode value = JSON.objectNode();
        value.putArray("choice_ids").add(choiceId);
        return value;
    }

    static ObjectNode field(int id, JsonNode value) {
        ObjectNode field = JSON.objectNode().put("id", id);
        field.set("value", value);
        return field;
    }
}
