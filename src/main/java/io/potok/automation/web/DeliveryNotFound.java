package io.potok.automation.web;

import java.util.UUID;

import io.potok.platform.PotokException;

/**
 * The organisation has no outbox message with this delivery id.
 */
public class DeliveryNotFound extends PotokException {

    public DeliveryNotFound(UUID deliveryId) {
        super("delivery_not_found", 404, deliveryId.toString());
    }
}
