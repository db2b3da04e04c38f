package io.potok.integrations.internal;

import java.time.Duration;

/**
 * Waits between two tries of a request; tests replace it so that they do not sleep.
 */
@FunctionalInterface
interface Pause {

    Pause SLEEP = duration -> Thread.sleep(duration.toMillis());

    void pause(Duration duration) throws InterruptedException;
}
