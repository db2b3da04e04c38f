package io.potok.integrations.internal;

import java.io.IOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import io.potok.integrations.internal.MoyskladFailure.Reason;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads products and stock per store from one МойСклад account through JSON API 1.2, page by page. It retries
 * where a later try can succeed: after a rate limit response (429), a timeout, a connection failure or a server
 * error (5xx). A bad token and a malformed response fail at once.
 */
class MoyskladClient {

    static final int PAGE_SIZE = 1000;

    private static final Logger log = LoggerFactory.getLogger(MoyskladClient.class);
    private static final BigDecimal KOPECKS_PER_ROUBLE = BigDecimal.valueOf(100);

    private final HttpClient http;
    private final String baseUrl;
    private final String token;
    private final MoyskladProperties properties;
    private final Retries retries;
    private final JsonMapper json;

    MoyskladClient(HttpClient http, URI baseUrl, String token, MoyskladProperties properties, Pause pause,
                   JsonMapper json) {
        this.http = http;
        this.baseUrl = baseUrl.toString().replaceAll("/+$", "");
        this.token = token;
        this.properties = properties;
        this.retries = new Retries(properties, pause);
        this.json = json;
    }

    /** Reads every product that is not archived. */
    List<MoyskladProduct> products() {
        List<MoyskladProduct> products = new ArrayList<>();
        readAllPages("/entity/product", "filter=archived=false", row -> products.add(product(row)));
        return products;
    }

    /**
     * Reads the stock report by store ({@code report/stock/bystore}).
     *
     * @return stock keyed by product id, then by store name; rows of variants and bundles are left out
     */
    Map<String, Map<String, BigDecimal>> stockByStore() {
        Map<String, Map<String, BigDecimal>> stock = new HashMap<>();
        readAllPages("/report/stock/bystore", null, row -> addStockRow(row, stock));
        return stock;
    }

    private void readAllPages(String path, String filter, Consumer<JsonNode> rowReader) {
        String query = "limit=" + PAGE_SIZE + "&offset=0" + (filter == null ? "" : "&" + filter);
        while (query != null) {
            JsonNode page = get(path, query);
            JsonNode rows = page.path("rows");
            if (!rows.isArray()) {
                throw malformed(path, "no rows array");
            }
            rows.values().forEach(rowReader);
            query = nextPageQuery(path, page.path("meta"));
        }
    }

    /**
     * Returns the query of {@code meta.nextHref}, or null on the last page. Only the query is used: the
     * request goes to the configured address, so the token never follows a link to another host.
     */
    private String nextPageQuery(String path, JsonNode meta) {
        if (!meta.isObject()) {
            throw malformed(path, "no meta object");
        }
        JsonNode nextHref = meta.path("nextHref");
        if (nextHref.isMissingNode() || nextHref.isNull()) {
            return null;
        }
        String query;
        try {
            query = URI.create(nextHref.asString()).getRawQuery();
        } catch (IllegalArgumentException notUri) {
            throw malformed(path, "nextHref is not a URI");
        }
        if (query == null || !query.contains("offset=")) {
            throw malformed(path, "nextHref without offset");
        }
        return query;
    }

    private JsonNode get(String path, String query) {
        URI uri = URI.create(baseUrl + path + "?" + query);
        return retries.run(path, () -> send(path, uri));
    }

    private JsonNode send(String path, URI uri) throws InterruptedException {
        HttpRequest request = HttpRequest.newBuilder(uri)
                .timeout(properties.requestTimeout())
                .header("Authorization", "Bearer " + token)
                .header("Accept", "application/json;charset=utf-8")
                .header("Accept-Encoding", "gzip")
                .GET()
                .build();
        HttpResponse<byte[]> response;
        try {
            response = http.send(request, HttpResponse.BodyHandlers.ofByteArray());
        } catch (HttpTimeoutException e) {
            throw new Retries.Retryable(Reason.TIMED_OUT, path + " timed out after " + properties.requestTimeout());
        } catch (IOException e) {
            throw new Retries.Retryable(Reason.UNREACHABLE, path + ": " + e.getClass().getSimpleName());
        }
        return MoyskladResponses.read(path, response, json);
    }

    private MoyskladProduct product(JsonNode row) {
        String id = requiredText(row, "id", "/entity/product");
        return new MoyskladProduct(id, text(row, "article"), text(row, "code"),
                requiredText(row, "name", "/entity/product"), text(row, "pathName"), salePrice(row.path("salePrices")));
    }

    private static BigDecimal salePrice(JsonNode prices) {
        JsonNode value = prices.path(0).path("value");
        if (!value.isNumber()) {
            return null;
        }
        return value.decimalValue().divide(KOPECKS_PER_ROUBLE, 2, RoundingMode.HALF_UP);
    }

    private void addStockRow(JsonNode row, Map<String, Map<String, BigDecimal>> stock) {
        String href = row.path("meta").path("href").asString("");
        String productId = productIdOf(href);
        if (productId == null) {
            return;
        }
        JsonNode stores = row.path("stockByStore");
        if (!stores.isArray()) {
            throw malformed("/report/stock/bystore", "row without stockByStore");
        }
        Map<String, BigDecimal> byStore = stock.computeIfAbsent(productId, id -> new LinkedHashMap<>());
        for (JsonNode store : stores.values()) {
            String name = requiredText(store, "name", "/report/stock/bystore");
            JsonNode quantity = store.path("stock");
            if (!quantity.isNumber()) {
                throw malformed("/report/stock/bystore", "stock of " + name + " is not a number");
            }
            byStore.merge(name, quantity.decimalValue(), BigDecimal::add);
        }
    }

    /** Returns the product id at the end of {@code .../entity/product/<id>?...}, or null for other kinds. */
    private static String productIdOf(String href) {
        int marker = href.indexOf("/entity/product/");
        if (marker < 0) {
            return null;
        }
        String rest = href.substring(marker + "/entity/product/".length());
        int end = rest.indexOf('?');
        return end < 0 ? rest : rest.substring(0, end);
    }

    private static String text(JsonNode node, String field) {
        JsonNode value = node.path(field);
        return value.isString() ? value.asString().trim() : "";
    }

    private static String requiredText(JsonNode node, String field, String path) {
        String value = text(node, field);
        if (value.isEmpty()) {
            throw malformed(path, "row without " + field);
        }
        return value;
    }

    private static MoyskladFailure malformed(String path, String problem) {
        log.warn("МойСклад response from {} is malformed: {}", path, problem);
        return new MoyskladFailure(Reason.MALFORMED_RESPONSE, path + ": " + problem);
    }
}
