package io.potok.automation.internal.outbox;

import java.net.URI;

/**
 * Decides whether Potok may send to a URL. A URL whose host resolves to a loopback, private, link-local or
 * metadata address is refused unless the host is listed in {@code potok.outbound.allowed-hosts}.
 */
public interface OutboundAddresses {

    /**
     * Checks the URL as it is written and as its host resolves now.
     *
     * @return the URL, parsed
     * @throws io.potok.platform.PotokException with code {@code outbound_address_refused} naming the URL and
     *         the address it resolved to, or {@code outbound_url_invalid} when it is not an http(s) URL
     */
    URI check(String url);
}
