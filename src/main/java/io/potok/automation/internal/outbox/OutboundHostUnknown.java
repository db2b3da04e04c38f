package io.potok.automation.internal.outbox;

import io.potok.platform.PotokException;

/**
 * A URL's host name did not resolve to any address. The cause may be temporary, so delivery retries it.
 */
public class OutboundHostUnknown extends PotokException {

    public OutboundHostUnknown(String url, String host) {
        super("outbound_host_unknown", 422, url, host);
    }
}
