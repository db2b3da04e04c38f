package io.potok.api.internal;

/**
 * The API answers at {@code /api/v4} and at {@code /v4}, because some Pyrus clients keep only the host
 * of {@code api_url} and add {@code /v4} themselves.
 */
final class ApiPaths {

    static final String V4 = "/api/v4";
    static final String V4_SHORT = "/v4";

    private ApiPaths() {
    }
}
