package io.potok.api;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.UUID;

import org.springframework.core.io.ByteArrayResource;
import org.springframework.http.MediaType;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.web.client.RestClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A member with an API security key who calls the API of the running test server with a bearer token.
 */
final class ApiCaller {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    final long memberId;
    final String email;
    final String securityKey;
    private final RestClient http;
    private String token;

    private ApiCaller(long memberId, String email, String securityKey, int port) {
        this.memberId = memberId;
        this.email = email;
        this.securityKey = securityKey;
        this.http = RestClient.create("http://127.0.0.1:" + port);
    }

    /** The HTTP status and body of one call; {@code json} is null when the body is not JSON. */
    record Reply(int status, String body, JsonNode json) {
    }

    /**
     * Inserts a member of the organisation with a fresh security key.
     */
    static ApiCaller create(JdbcClient jdbc, int port, long orgId, Long departmentId, boolean admin) {
        String email = "api-" + UUID.randomUUID() + "@test.local";
        String key = "key-" + UUID.randomUUID();
        long id = jdbc.sql("""
                        insert into members (org_id, email, first_name, last_name, position, department_id,
                                             is_admin, security_key_hash)
                        values (:org, :email, 'Иван', 'Петров', 'Менеджер', :department, :admin, :hash)
                        returning id
                        """)
                .param("org", orgId)
                .param("email", email)
                .param("department", departmentId)
                .param("admin", admin)
                .param("hash", sha256(key))
                .query(Long.class)
                .single();
        return new ApiCaller(id, email, key, port);
    }

    /** Uses a member that already has a known security key, such as one of the demo workspace. */
    static ApiCaller existing(long memberId, String email, String key, int port) {
        return new ApiCaller(memberId, email, key, port);
    }

    Reply authenticate() {
        String body = "{\"login\":\"" + email + "\",\"security_key\":\"" + securityKey + "\"}";
        return send(http.post().uri("/api/v4/auth").contentType(MediaType.APPLICATION_JSON).body(body), "ru");
    }

    String token() {
        if (token == null) {
            token = authenticate().json().get("access_token").asString();
        }
        return token;
    }

    Reply get(String path) {
        return get(path, "ru");
    }

    Reply get(String path, String language) {
        return send(http.get().uri(path).header("Authorization", "Bearer " + token()), language);
    }

    Reply post(String path, String json) {
        return post(path, json, "ru");
    }

    Reply post(String path, String json, String language) {
        return send(http.post().uri(path).header("Authorization", "Bearer " + token())
                .contentType(MediaType.APPLICATION_JSON).body(json), language);
    }

    Reply put(String path, String json) {
        return put(path, json, "ru");
    }

    Reply put(String path, String json, String language) {
        return send(http.put().uri(path).header("Authorization", "Bearer " + token())
                .contentType(MediaType.APPLICATION_JSON).body(json), language);
    }

    /** Sends {@code content} as the multipart field {@code file} with the given file name. */
    Reply upload(String path, String fileName, byte[] content) {
        MultiValueMap<String, Object> parts = new LinkedMultiValueMap<>();
        parts.add("file", new ByteArrayResource(content) {
            @Override
            public String getFilename() {
                return fileName;
            }
        });
        return send(http.post().uri(path).header("Authorization", "Bearer " + token())
                .contentType(MediaType.MULTIPART_FORM_DATA).body(parts), "ru");
    }

    /** Downloads a file; the reply's body is the content as bytes. */
    Download download(String path) {
        return http.get().uri(path).header("Authorization", "Bearer " + token())
                .exchange((req, response) -> new Download(response.getStatusCode().value(),
                        response.getBody().readAllBytes(),
                        response.getHeaders().getFirst("Content-Disposition")));
    }

    /** The status, content and Content-Disposition header of a download. */
    record Download(int status, byte[] content, String disposition) {
    }

    RestClient http() {
        return http;
    }

    static Reply send(RestClient.RequestHeadersSpec<?> request, String language) {
        return request.header("Accept-Language", language)
                .exchange((req, response) -> {
                    String body = response.bodyTo(String.class);
                    return new Reply(response.getStatusCode().value(), body, parse(body));
                });
    }

    /** Reads a recorded Pyrus response from {@code src/test/resources/fixtures/pyrus}. */
    static JsonNode fixture(String name) {
        try (var in = ApiCaller.class.getResourceAsStream("/fixtures/pyrus/" + name)) {
            return JSON.readTree(in);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static JsonNode parse(String body) {
        if (body == null || body.isBlank()) {
            return null;
        }
        try {
            return JSON.readTree(body);
        } catch (RuntimeException notJson) {
            return null;
        }
    }

    static String sha256(String secret) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(secret.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
