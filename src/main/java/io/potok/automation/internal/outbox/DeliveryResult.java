package io.potok.automation.internal.outbox;

/**
 * The outcome of one delivery attempt.
 *
 * @param delivered whether the receiver accepted it
 * @param status the receiver's HTTP status, or null when there was none (timeout, refused connection, email)
 * @param error why it failed, for the delivery log; null when delivered
 * @param retryable whether another attempt may succeed; a refused URL or a bad address is not retried
 */
public record DeliveryResult(boolean delivered, Integer status, String error, boolean retryable) {

    public static DeliveryResult success(Integer status) {
        return new DeliveryResult(true, status, null, false);
    }

    public static DeliveryResult failure(Integer status, String error) {
        return new DeliveryResult(false, status, error, true);
    }

    public static DeliveryResult refused(String error) {
        return new DeliveryResult(false, null, error, false);
    }
}
