package io.potok.automation.internal.webhooks;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

/**
 * A webhook receiver on 127.0.0.1 and a free port. It records every request and responds to each path with the
 * statuses scripted for it, in order, and then 200. The status {@link #HANG} keeps the request open until the
 * receiver closes, so that the sender times out.
 */
final class WebhookReceiver implements AutoCloseable {

    static final int HANG = -1;

    private final HttpServer server;
    private final ExecutorService executor = Executors.newFixedThreadPool(4);
    private final Map<String, Deque<Integer>> scripts = new ConcurrentHashMap<>();
    private final List<Received> received = new CopyOnWriteArrayList<>();
    private final CountDownLatch closing = new CountDownLatch(1);

    WebhookReceiver() {
        try {
            server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        server.createContext("/", this::handle);
        server.setExecutor(executor);
        server.start();
    }

    /** Returns the URL of the path on this receiver. */
    String url(String path) {
        return "http://127.0.0.1:" + server.getAddress().getPort() + path;
    }

    void script(String path, Integer... statuses) {
        scripts.put(path, new ArrayDeque<>(List.of(statuses)));
    }

    List<Received> receivedAt(String path) {
        return received.stream().filter(request -> request.path().equals(path)).toList();
    }

    /** Waits up to 30 seconds until the path received the count of requests, and returns them. */
    List<Received> awaitRequests(String path, int count) {
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        while (receivedAt(path).size() < count) {
            assertThat(System.nanoTime()).as("%d requests at %s within 30 s", count, path).isLessThan(deadline);
            pause();
        }
        return receivedAt(path);
    }

    private void handle(HttpExchange exchange) throws IOException {
        String path = exchange.getRequestURI().getPath();
        byte[] body = exchange.getRequestBody().readAllBytes();
        received.add(new Received(path, exchange.getRequestMethod(), exchange.getRequestHeaders().entrySet()
                .stream().collect(java.util.stream.Collectors.toMap(entry -> entry.getKey().toLowerCase(),
                        entry -> entry.getValue().get(0))), body));

        Deque<Integer> script = scripts.get(path);
        Integer next = script == null ? null : script.poll();
        int status = next == null ? 200 : next;
        if (status == HANG) {
            awaitClosing();
        }
        exchange.sendResponseHeaders(status == HANG ? 200 : status, -1);
        exchange.close();
    }

    private void awaitClosing() {
        try {
            closing.await(30, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static void pause() {
        try {
            Thread.sleep(50);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    @Override
    public void close() {
        closing.countDown();
        server.stop(0);
        executor.shutdownNow();
    }

    /**
     * One request as the receiver read it.
     *
     * @param headers header values by lowercase name, the first value of each
     */
    record Received(String path, String method, Map<String, String> headers, byte[] body) {

        String header(String name) {
            return headers.get(name.toLowerCase());
        }
    }
}
