package io.potok.automation.internal.webhooks;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.HexFormat;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The {@code X-Potok-Signature} header: {@code sha256=} and the lowercase hex HMAC-SHA256 of the raw request
 * body, keyed with the subscription's secret as UTF-8 bytes.
 */
public final class WebhookSignature {

    public static final String HEADER = "X-Potok-Signature";

    private WebhookSignature() {
    }

    /** Computes the header value for the body. */
    public static String sign(String secret, byte[] body) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            return "sha256=" + HexFormat.of().formatHex(mac.doFinal(body));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HMAC-SHA256 is not available in this Java runtime", e);
        }
    }
}
