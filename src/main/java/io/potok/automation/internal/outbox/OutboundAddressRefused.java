package io.potok.automation.internal.outbox;

import io.potok.platform.PotokException;

/**
 * A URL's host resolves to a loopback, private, link-local, multicast or metadata address, and the host is not
 * listed in {@code potok.outbound.allowed-hosts}.
 */
public class OutboundAddressRefused extends PotokException {

    public OutboundAddressRefused(String url, String address) {
        super("outbound_address_refused", 422, url, address);
    }
}
