package io.potok.automation.internal.bots;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Optional;

import org.junit.jupiter.api.Test;

class BotSignatureTests {

    @Test
    void signatureIsHexHmacSha1OfBody() {
        // RFC 2202, test case 2: HMAC-SHA1 with key "Jefe".
        byte[] body = "what do ya want for nothing?".getBytes(StandardCharsets.US_ASCII);

        assertThat(BotRequests.signature(body, "Jefe")).isEqualTo("effcdf6ae5eb2fa2d27416d5f184df9c259a7c79");
    }

    @Test
    void retryDelaysAre61And122Seconds() {
        BotHandler handler = new BotHandler(null, null, null, null, Duration.ofSeconds(60));

        assertThat(handler.retryDelay(2)).contains(Duration.ofSeconds(61));
        assertThat(handler.retryDelay(3)).contains(Duration.ofSeconds(122));
        assertThat(handler.retryDelay(4)).isEqualTo(Optional.empty());
    }
}
