package io.potok.automation.internal.outbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

/**
 * The address guard on literal IP addresses only. They resolve without DNS, so nothing here connects anywhere.
 */
class GuardedAddressesTests {

    private final GuardedAddresses guard = new GuardedAddresses("");

    @ParameterizedTest
    @ValueSource(strings = {
            "http://127.0.0.1/hook", "http://127.8.9.10/hook", "http://0.0.0.0/hook", "http://0.1.2.3/hook",
            "http://10.1.2.3/hook", "http://172.16.0.1/hook", "http://172.31.255.255/hook",
            "http://192.168.1.1/hook", "http://169.254.169.254/latest/meta-data", "http://169.254.1.1/hook",
            "http://100.64.0.1/hook", "http://100.127.255.255/hook", "http://224.0.0.1/hook",
            "http://255.255.255.255/hook", "http://[::1]/hook", "http://[::]/hook", "http://[fc00::1]/hook",
            "http://[fd00:ec2::254]/latest", "http://[fe80::1]/hook", "http://[ff02::1]/hook",
            "http://[::ffff:127.0.0.1]/hook", "http://[::ffff:10.0.0.1]/hook", "http://[::127.0.0.1]/hook",
            "http://[64:ff9b::a9fe:a9fe]/hook", "http://[2002:c0a8:0101::1]/hook"})
    void checkRejectsInternalAddress(String url) {
        assertThatThrownBy(() -> guard.check(url))
                .isInstanceOf(OutboundAddressRefused.class)
                .extracting(error -> ((OutboundAddressRefused) error).arguments()[0])
                .isEqualTo(url);
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "http://93.184.215.14/hook", "https://8.8.8.8:8443/x?y=1", "http://172.32.0.1/hook",
            "http://100.128.0.1/hook", "http://192.169.0.1/hook", "http://[2001:db8::1]/hook",
            "http://[64:ff9b::808:808]/hook"})
    void checkAcceptsPublicAddress(String url) {
        assertThat(guard.check(url)).isEqualTo(URI.create(url));
    }

    @ParameterizedTest
    @ValueSource(strings = {"ftp://93.184.215.14/file", "file:///etc/passwd", "93.184.215.14/hook", "http:///hook",
            "gopher://8.8.8.8/", "http://exa mple.com/", ""})
    void checkRejectsNonHttpUrl(String url) {
        assertThatThrownBy(() -> guard.check(url)).isInstanceOf(OutboundUrlInvalid.class);
    }

    @Test
    void checkRejectsMissingUrl() {
        assertThatThrownBy(() -> guard.check(null)).isInstanceOf(OutboundUrlInvalid.class);
    }

    @Test
    void refusalNamesResolvedAddress() {
        assertThatThrownBy(() -> guard.check("http://[::ffff:192.168.0.7]/hook"))
                .isInstanceOf(OutboundAddressRefused.class)
                .extracting(error -> ((OutboundAddressRefused) error).arguments()[1])
                .isEqualTo("192.168.0.7");
    }

    @Test
    void allowedHostSkipsCheck() {
        GuardedAddresses allowing = new GuardedAddresses(" 127.0.0.1 , LocalHost,::1");

        assertThat(allowing.check("http://127.0.0.1:8083/hook")).hasHost("127.0.0.1");
        assertThat(allowing.check("http://localhost:8083/hook")).hasHost("localhost");
        assertThat(allowing.check("http://[::1]:8083/hook")).hasPort(8083);
    }

    @Test
    void allowedHostDoesNotAllowOtherInternalHosts() {
        GuardedAddresses allowing = new GuardedAddresses("127.0.0.1");

        assertThatThrownBy(() -> allowing.check("http://127.0.0.2/hook")).isInstanceOf(OutboundAddressRefused.class);
        assertThatThrownBy(() -> allowing.check("http://10.0.0.1/hook")).isInstanceOf(OutboundAddressRefused.class);
    }
}
