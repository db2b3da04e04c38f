package io.potok.integrations.internal;

import java.time.Duration;

import io.potok.integrations.internal.MoyskladFailure.Reason;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Sends one request up to {@code maxAttempts} times. A try that fails with {@link Retryable} is repeated
 * after the wait that a rate limit response requests, or else after an exponential backoff. The backoff starts
 * at the first backoff and doubles each time, up to the max backoff.
 */
final class Retries {

    private static final Logger log = LoggerFactory.getLogger(Retries.class);

    private final MoyskladProperties properties;
    private final Pause pause;

    Retries(MoyskladProperties properties, Pause pause) {
        this.properties = properties;
        this.pause = pause;
    }

    /** One try of a request. */
    @FunctionalInterface
    interface Attempt<T> {
        T call() throws InterruptedException;
    }

    /** A failed try that a later one may get past. */
    static final class Retryable extends RuntimeException {

        private final Reason reason;
        private final String detail;
        private final Duration requestedWait;

        Retryable(Reason reason, String detail) {
            this(reason, detail, null);
        }

        /** @param requestedWait the wait the server asked for, or null to back off */
        Retryable(Reason reason, String detail, Duration requestedWait) {
            super(detail, null, false, false);
            this.reason = reason;
            this.detail = detail;
            this.requestedWait = requestedWait;
        }
    }

    <T> T run(String path, Attempt<T> attempt) {
        for (int number = 1; ; number++) {
            try {
                return attempt.call();
            } catch (Retryable failed) {
                if (number >= properties.maxAttempts()) {
                    log.warn("МойСклад request {} failed {} times, giving up: {}", path, number, failed.detail);
                    throw new MoyskladFailure(failed.reason, failed.detail + " (" + number + " tries)");
                }
                waitBeforeRetry(path, number, failed);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new MoyskladFailure(Reason.INTERRUPTED, path, e);
            }
        }
    }

    private void waitBeforeRetry(String path, int number, Retryable failed) {
        Duration wait = failed.requestedWait != null ? min(failed.requestedWait, properties.maxBackoff()) : backoff(number);
        log.warn("МойСклад request {} failed on try {} ({}), retrying in {} ms", path, number, failed.detail,
                wait.toMillis());
        try {
            pause.pause(wait);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new MoyskladFailure(Reason.INTERRUPTED, path, e);
        }
    }

    /** Returns the backoff after the given failed try: the first backoff doubled for each earlier failure. */
    Duration backoff(int failedTry) {
        Duration wait = properties.firstBackoff();
        for (int i = 1; i < failedTry && wait.compareTo(properties.maxBackoff()) < 0; i++) {
            wait = wait.multipliedBy(2);
        }
        return min(wait, properties.maxBackoff());
    }

    private static Duration min(Duration first, Duration second) {
        return first.compareTo(second) <= 0 ? first : second;
    }
}
