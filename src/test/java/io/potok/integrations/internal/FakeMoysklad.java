package io.potok.integrations.internal;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.zip.GZIPOutputStream;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * A МойСклад JSON API 1.2 stand-in on 127.0.0.1 with a random port. It serves {@code entity/product} and
 * {@code report/stock/bystore} in the documented shapes, page by page with {@code meta.nextHref}, A test can
 * make the next requests to a path fail with a status and headers, a malformed body or a delay longer than the
 * client's timeout.
 */
final class FakeMoysklad implements AutoCloseable {

    static final String TOKEN = "test-token-0f3a";
    static final String ROOT = "/api/remap/1.2";

    private final JsonMapper json = JsonMapper.builder().build();
    private final HttpServer server;
    private final Map<String, Product> products = new LinkedHashMap<>();
    private final Map<String, Deque<Interruption>> interruptions = new ConcurrentHashMap<>();
    private final List<Request> requests = new CopyOnWriteArrayList<>();
    private volatile int pageSize = MoyskladClient.PAGE_SIZE;

    /** One product with its stock by store name. */
    record Product(String id, String article, String code, String name, String folder, Long salePriceKopecks,
                   Map<String, BigDecimal> stock) {
    }

    /** A request as the server received it. */
    record Request(String path, String query, String authorization, String acceptEncoding) {
    }

    private record Interruption(int status, Map<String, String> headers, String body, Duration delay) {
    }

    FakeMoysklad() {
        try {
            server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        server.createContext(ROOT, this::handle);
        server.setExecutor(Executors.newCachedThreadPool());
        server.start();
    }

    URI baseUrl() {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort() + ROOT);
    }

    /** Serves lists in pages of this many rows, whatever limit the client asks for. */
    void pageSize(int rows) {
        pageSize = rows;
    }

    void put(Product product) {
        synchronized (products) {
            products.put(product.id(), product);
        }
    }

    void remove(String productId) {
        synchronized (products) {
            products.remove(productId);
        }
    }

    void clearProducts() {
        synchronized (products) {
            products.clear();
        }
    }

    /** Makes the next request to the path ("/entity/product" or "/report/stock/bystore") return the status. */
    void failNext(String path, int status, Map<String, String> headers, String body) {
        interruptions.computeIfAbsent(path, p -> new ArrayDeque<>()).add(new Interruption(status, headers, body, null));
    }

    /** Delays the normal response to the next request to the path. */
    void delayNext(String path, Duration delay) {
        interruptions.computeIfAbsent(path, p -> new ArrayDeque<>()).add(new Interruption(0, Map.of(), null, delay));
    }

    List<Request> requests() {
        return List.copyOf(requests);
    }

    List<Request> requestsTo(String path) {
        return requests.stream().filter(request -> request.path().equals(path)).toList();
    }

    @Override
    public void close() {
        server.stop(0);
    }

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            String path = exchange.getRequestURI().getPath().substring(ROOT.length());
            String query = exchange.getRequestURI().getRawQuery();
            requests.add(new Request(path, query, exchange.getRequestHeaders().getFirst("Authorization"),
                    exchange.getRequestHeaders().getFirst("Accept-Encoding")));
            Interruption interruption = nextInterruption(path);
            if (interruption != null && interruption.delay() != null) {
                sleep(interruption.delay());
            } else if (interruption != null) {
                interruption.headers().forEach((name, value) -> exchange.getResponseHeaders().add(name, value));
                send(exchange, interruption.status(), interruption.body());
                return;
            }
            answer(exchange, path, query);
        }
    }

    private Interruption nextInterruption(String path) {
        Deque<Interruption> queue = interruptions.get(path);
        synchronized (interruptions) {
            return queue == null ? null : queue.poll();
        }
    }

    private void answer(HttpExchange exchange, String path, String query) throws IOException {
        if (!("Bearer " + TOKEN).equals(exchange.getRequestHeaders().getFirst("Authorization"))) {
            send(exchange, 401, resource("error_authentication.json"));
            return;
        }
        List<JsonNode> rows;
        if (path.equals("/entity/product")) {
            rows = snapshot().stream().map(this::productJson).toList();
        } else if (path.equals("/report/stock/bystore")) {
            rows = snapshot().stream().map(this::stockJson).toList();
        } else {
            send(exchange, 404, "{\"errors\":[{\"error\":\"Unknown path\",\"code\":1005}]}");
            return;
        }
        send(exchange, 200, json.writeValueAsString(page(path, rows, offset(query))));
    }

    private List<Product> snapshot() {
        synchronized (products) {
            return new ArrayList<>(products.values());
        }
    }

    private ObjectNode page(String path, List<JsonNode> rows, int offset) {
        int end = Math.min(rows.size(), offset + pageSize);
        ObjectNode page = json.createObjectNode();
        ObjectNode meta = page.putObject("meta");
        meta.put("href", baseUrl() + path);
        meta.put("type", path.equals("/entity/product") ? "product" : "stockbystore");
        meta.put("mediaType", "application/json");
        meta.put("size", rows.size());
        meta.put("limit", pageSize);
        meta.put("offset", offset);
        if (end < rows.size()) {
            meta.put("nextHref", baseUrl() + path + "?limit=" + pageSize + "&offset=" + end);
        }
        ArrayNode pageRows = page.putArray("rows");
        rows.subList(Math.min(offset, rows.size()), end).forEach(pageRows::add);
        return page;
    }

    private JsonNode productJson(Product product) {
        ObjectNode node = (ObjectNode) json.readTree(resource("product.json"));
        ((ObjectNode) node.path("meta")).put("href", baseUrl() + "/entity/product/" + product.id());
        node.put("id", product.id());
        node.put("name", product.name());
        node.put("code", product.code());
        node.put("pathName", product.folder());
        if (product.article() == null) {
            node.putNull("article");
        } else {
            node.put("article", product.article());
        }
        ArrayNode prices = (ArrayNode) node.path("salePrices");
        if (product.salePriceKopecks() == null) {
            prices.removeAll();
        } else {
            ((ObjectNode) prices.path(0)).put("value", product.salePriceKopecks());
        }
        return node;
    }

    private JsonNode stockJson(Product product) {
        ObjectNode row = (ObjectNode) json.readTree(resource("stock_by_store_row.json"));
        ((ObjectNode) row.path("meta")).put("href", baseUrl() + "/entity/product/" + product.id() + "?expand=supplier");
        ObjectNode template = (ObjectNode) row.path("stockByStore").path(0);
        ArrayNode stores = row.putArray("stockByStore");
        product.stock().forEach((store, quantity) -> {
            ObjectNode entry = template.deepCopy();
            entry.put("name", store);
            entry.put("stock", quantity);
            stores.add(entry);
        });
        return row;
    }

    private static int offset(String query) {
        for (String part : query == null ? new String[0] : query.split("&")) {
            if (part.startsWith("offset=")) {
                return Integer.parseInt(part.substring("offset=".length()));
            }
        }
        return 0;
    }

    private static void send(HttpExchange exchange, int status, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        boolean gzip = "gzip".equals(exchange.getRequestHeaders().getFirst("Accept-Encoding"));
        if (gzip) {
            bytes = gzipped(bytes);
            exchange.getResponseHeaders().add("Content-Encoding", "gzip");
        }
        exchange.getResponseHeaders().add("Content-Type", "application/json;charset=utf-8");
        exchange.sendResponseHeaders(status, bytes.length);
        exchange.getResponseBody().write(bytes);
    }

    private static byte[] gzipped(byte[] bytes) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (GZIPOutputStream gzip = new GZIPOutputStream(out)) {
            gzip.write(bytes);
        }
        return out.toByteArray();
    }

    private static void sleep(Duration delay) {
        try {
            Thread.sleep(delay.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    static String resource(String name) {
        try (InputStream in = FakeMoysklad.class.getResourceAsStream("/moysklad/" + name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
