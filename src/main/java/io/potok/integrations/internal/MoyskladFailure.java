package io.potok.integrations.internal;

/**
 * A sync that could not read the account or apply what it read. The reason picks the message shown on the
 * settings page; the detail adds facts from the response (status, МойСклад's error text) and never the token.
 */
class MoyskladFailure extends RuntimeException {

    enum Reason {
        TOKEN_MISSING, TOKEN_UNREADABLE, CATALOG_MISSING, BAD_TOKEN, ACCESS_DENIED, RATE_LIMITED, TIMED_OUT,
        SERVER_ERROR, UNREACHABLE, REQUEST_REJECTED, MALFORMED_RESPONSE, NO_PRODUCTS, VALUE_INVALID, INTERRUPTED,
        INTERNAL_ERROR
    }

    private final Reason reason;
    private final String detail;

    MoyskladFailure(Reason reason, String detail) {
        super(reason + ": " + detail);
        this.reason = reason;
        this.detail = detail;
    }

    MoyskladFailure(Reason reason, String detail, Throwable cause) {
        super(reason + ": " + detail, cause);
        this.reason = reason;
        this.detail = detail;
    }

    Reason reason() {
        return reason;
    }

    String detail() {
        return detail;
    }
}
