package io.potok.automation.internal.bots;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A bot on 127.0.0.1 written from the Pyrus bot documentation: it checks {@code X-Pyrus-Sig} with its
 * security key, reads the task through Potok's API with the access token it was sent, and replies with the
 * next queued reply (HTTP status and body), or with 200 and an empty body when none is queued.
 */
final class FakePyrusBot implements AutoCloseable {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final HttpServer server;
    private final String potokUrl;
    private final HttpClient http = HttpClient.newHttpClient();
    private final Deque<Reply> replies = new ArrayDeque<>();
    private final List<Received> received = new CopyOnWriteArrayList<>();
    private volatile String securityKey;

    /** A reply of the bot: an HTTP status and a body, which may be empty. */
    record Reply(int status, String body) {
    }

    /**
     * One request the bot received and what it found.
     *
     * @param body the raw body
     * @param event the body, parsed
     * @param signature the {@code X-Pyrus-Sig} header
     * @param retry the {@code X-Pyrus-Retry} header
     * @param userAgent the {@code User-Agent} header
     * @param signatureValid whether {@code X-Pyrus-Sig} matched the body and the key
     * @param apiStatus the status of {@code GET /api/v4/tasks/{task_id}} made with the access token sent
     */
    record Received(String body, JsonNode event, String signature, String retry, String userAgent,
                    boolean signatureValid, int apiStatus) {
    }

    FakePyrusBot(int potokPort) throws IOException {
        this.potokUrl = "http://127.0.0.1:" + potokPort;
        this.server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/bot", this::handle);
        server.setExecutor(Executors.newFixedThreadPool(2));
        server.start();
    }

    String url() {
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/bot";
    }

    void useKey(String key) {
        this.securityKey = key;
    }

    synchronized void queue(int status, String body) {
        replies.add(new Reply(status, body));
    }

    List<Received> received() {
        return List.copyOf(received);
    }

    private void handle(HttpExchange exchange) throws IOException {
        byte[] raw;
        try (InputStream in = exchange.getRequestBody()) {
            raw = in.readAllBytes();
        }
        String signature = exchange.getRequestHeaders().getFirst("X-Pyrus-Sig");
        JsonNode event = JSON.readTree(raw);
        received.add(new Received(new String(raw, StandardCharsets.UTF_8), event, signature,
                exchange.getRequestHeaders().getFirst("X-Pyrus-Retry"),
                exchange.getRequestHeaders().getFirst("User-Agent"),
                signature != null && signature.equalsIgnoreCase(hmacSha1(raw)),
                readTask(event)));

        Reply reply = nextReply();
        byte[] answer = reply.body().getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().add("Content-Type", "application/json");
        exchange.sendResponseHeaders(reply.status(), answer.length == 0 ? -1 : answer.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(answer);
        }
    }

    private synchronized Reply nextReply() {
        return replies.isEmpty() ? new Reply(200, "") : replies.poll();
    }

    private int readTask(JsonNode event) {
        HttpRequest request = HttpRequest.newBuilder(
                        URI.create(potokUrl + "/api/v4/tasks/" + event.path("task_id").asLong()))
                .header("Authorization", "Bearer " + event.path("access_token").asString())
                .GET()
                .build();
        try {
            return http.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
        } catch (IOException e) {
            return -1;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return -1;
        }
    }

    private String hmacSha1(byte[] body) {
        try {
            Mac mac = Mac.getInstance("HmacSHA1");
            mac.init(new SecretKeySpec(securityKey.getBytes(StandardCharsets.UTF_8), "HmacSHA1"));
            return HexFormat.of().formatHex(mac.doFinal(body));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
