package io.potok.automation.internal.outbox;

import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;

import org.springframework.stereotype.Component;

/**
 * An outbox handler for tests, of kind {@value #KIND}. Each target gets the results scripted for it, in order,
 * and then succeeds. It retries after 30 s, 60 s and gives up after the third attempt. It lives in the test
 * sources, where component scanning finds it for every test context; no real message has this kind.
 */
@Component
public class ScriptedHandler implements OutboundHandler {

    public static final String KIND = "test-scripted";
    static final List<Duration> RETRY_DELAYS = List.of(Duration.ofSeconds(30), Duration.ofSeconds(60));

    private final Map<String, Deque<DeliveryResult>> scripts = new ConcurrentHashMap<>();
    private final List<Delivery> deliveries = new CopyOnWriteArrayList<>();
    private final List<Delivery> givenUp = new CopyOnWriteArrayList<>();

    /** Makes the next attempts to the target end with these results, in order. */
    void script(String target, DeliveryResult... results) {
        scripts.put(target, new ArrayDeque<>(List.of(results)));
    }

    List<Delivery> deliveriesTo(String target) {
        return deliveries.stream().filter(delivery -> delivery.message().target().equals(target)).toList();
    }

    List<Delivery> givenUpTo(String target) {
        return givenUp.stream().filter(delivery -> delivery.message().target().equals(target)).toList();
    }

    @Override
    public String kind() {
        return KIND;
    }

    @Override
    public DeliveryResult deliver(Delivery delivery) {
        deliveries.add(delivery);
        Deque<DeliveryResult> script = scripts.get(delivery.message().target());
        DeliveryResult next = script == null ? null : script.poll();
        return next == null ? DeliveryResult.success(200) : next;
    }

    @Override
    public Optional<Duration> retryDelay(int nextAttempt) {
        int index = nextAttempt - 2;
        return index < RETRY_DELAYS.size() ? Optional.of(RETRY_DELAYS.get(index)) : Optional.empty();
    }

    @Override
    public void gaveUp(Delivery delivery, DeliveryResult lastResult) {
        givenUp.add(delivery);
    }
}
