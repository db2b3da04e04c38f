package io.potok.automation.internal.outbox;

import java.net.Inet4Address;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.UnknownHostException;
import java.util.Arrays;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The address guard: resolves a URL's host and rejects it when any address it resolves to is internal, so
 * that automation cannot be pointed at the server itself, the local network or a cloud metadata service.
 *
 * <p>Internal means loopback, the unspecified address, 0.0.0.0/8, private (10/8, 172.16/12, 192.168/16,
 * fc00::/7), link-local (169.254/16 with the metadata address 169.254.169.254, fe80::/10), shared CGNAT space
 * (100.64/10), multicast and broadcast. IPv4 addresses carried inside IPv6 (IPv4-compatible, NAT64 64:ff9b::/96
 * and 6to4 2002::/16) are checked as the IPv4 address they carry. Hosts listed in
 * {@code potok.outbound.allowed-hosts} (comma-separated, compared without case) skip the check.
 */
@Component
class GuardedAddresses implements OutboundAddresses {

    private final Set<String> allowedHosts;

    GuardedAddresses(@Value("${potok.outbound.allowed-hosts:}") String allowedHosts) {
        this.allowedHosts = Arrays.stream(allowedHosts.split(","))
                .map(host -> host.trim().toLowerCase(Locale.ROOT))
                .filter(host -> !host.isEmpty())
                .collect(Collectors.toUnmodifiableSet());
    }

    @Override
    public URI check(String url) {
        URI uri = parse(url);
        String host = bareHost(uri);
        if (allowedHosts.contains(host)) {
            return uri;
        }
        for (InetAddress address : resolve(url, host)) {
            if (isInternal(address)) {
                throw new OutboundAddressRefused(url, address.getHostAddress());
            }
        }
        return uri;
    }

    private static URI parse(String url) {
        URI uri;
        try {
            uri = new URI(url == null ? "" : url.trim());
        } catch (URISyntaxException e) {
            throw new OutboundUrlInvalid(url);
        }
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (!(scheme.equals("http") || scheme.equals("https")) || uri.getHost() == null) {
            throw new OutboundUrlInvalid(url);
        }
        return uri;
    }

    private static String bareHost(URI uri) {
        String host = uri.getHost().toLowerCase(Locale.ROOT);
        return host.startsWith("[") && host.endsWith("]") ? host.substring(1, host.length() - 1) : host;
    }

    private static InetAddress[] resolve(String url, String host) {
        try {
            return InetAddress.getAllByName(host);
        } catch (UnknownHostException e) {
            throw new OutboundHostUnknown(url, host);
        }
    }

    /** Whether the address is one automation must not reach. */
    static boolean isInternal(InetAddress address) {
        if (address instanceof Inet6Address) {
            byte[] embedded = embeddedIpv4((Inet6Address) address);
            if (embedded != null) {
                return isInternalIpv4(embedded) || address.isLoopbackAddress() || address.isAnyLocalAddress();
            }
            return isInternalIpv6((Inet6Address) address);
        }
        return isInternalIpv4(address.getAddress());
    }

    private static boolean isInternalIpv4(byte[] ip) {
        int a = ip[0] & 0xff;
        int b = ip[1] & 0xff;
        return a == 0                                  // "this network", 0.0.0.0 included
                || a == 10                             // private
                || a == 127                            // loopback
                || (a == 100 && b >= 64 && b <= 127)   // shared CGNAT space
                || (a == 169 && b == 254)              // link-local and the metadata address
                || (a == 172 && b >= 16 && b <= 31)    // private
                || (a == 192 && b == 168)              // private
                || a >= 224;                           // multicast, reserved and broadcast
    }

    private static boolean isInternalIpv6(Inet6Address address) {
        int first = address.getAddress()[0] & 0xff;
        return address.isLoopbackAddress()
                || address.isAnyLocalAddress()
                || address.isLinkLocalAddress()
                || address.isSiteLocalAddress()
                || address.isMulticastAddress()
                || (first & 0xfe) == 0xfc;             // unique local fc00::/7, the metadata fd00:ec2::254 included
    }

    /** Returns the IPv4 address an IPv6 address carries, or null when it carries none. */
    private static byte[] embeddedIpv4(Inet6Address address) {
        byte[] ip = address.getAddress();
        if (startsWith(ip, new byte[12])) {
            return Arrays.copyOfRange(ip, 12, 16);    // IPv4-compatible ::a.b.c.d, :: and ::1 included
        }
        if (startsWith(ip, new byte[] {0, 0x64, (byte) 0xff, (byte) 0x9b, 0, 0, 0, 0, 0, 0, 0, 0})) {
            return Arrays.copyOfRange(ip, 12, 16);    // NAT64 64:ff9b::a.b.c.d
        }
        if (ip[0] == 0x20 && ip[1] == 0x02) {
            return Arrays.copyOfRange(ip, 2, 6);      // 6to4 2002:aabb:ccdd::
        }
        return null;
    }

    private static boolean startsWith(byte[] ip, byte[] prefix) {
        return Arrays.equals(ip, 0, prefix.length, prefix, 0, prefix.length);
    }
}
