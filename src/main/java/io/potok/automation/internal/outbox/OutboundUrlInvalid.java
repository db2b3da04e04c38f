package io.potok.automation.internal.outbox;

import io.potok.platform.PotokException;

/**
 * A URL Potok should send to is not an absolute http or https URL with a host.
 */
public class OutboundUrlInvalid extends PotokException {

    public OutboundUrlInvalid(String url) {
        super("outbound_url_invalid", 422, url);
    }
}
