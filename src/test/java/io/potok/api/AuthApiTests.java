package io.potok.api;

import static org.assertj.core.api.Assertions.assertThat;

import io.potok.PotokTest;
import io.potok.TestOrganizations;
import io.potok.identity.ApiTokens;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

@PotokTest
class AuthApiTests {

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    ApiTokens tokens;

    private ApiCaller newCaller() {
        long org = new TestOrganizations(jdbc).organization();
        return ApiCaller.create(jdbc, port, org, null, false);
    }

    @Test
    void authReturnsTokenAndBaseUrls() {
        ApiCaller caller = newCaller();

        ApiCaller.Reply reply = caller.authenticate();

        assertThat(reply.status()).isEqualTo(200);
        assertThat(reply.json().get("access_token").asString()).isNotBlank();
        assertThat(reply.json().get("api_url").asString()).endsWith("/api/v4/");
        assertThat(reply.json().get("files_url").asString()).endsWith("/api/v4/");
        assertThat(caller.get("/api/v4/profile").status()).isEqualTo(200);
    }

    @Test
    void authByQueryOnShortPrefixWorks() {
        ApiCaller caller = newCaller();

        ApiCaller.Reply reply = ApiCaller.send(caller.http().get()
                .uri("/v4/auth?login={login}&security_key={key}", caller.email, caller.securityKey), "ru");

        assertThat(reply.status()).isEqualTo(200);
        assertThat(reply.json().get("access_token").asString()).isNotBlank();
    }

    @Test
    void wrongKeyIsRejected() {
        ApiCaller caller = newCaller();
        ApiCaller impostor = ApiCaller.existing(caller.memberId, caller.email, "wrong-key", port);

        ApiCaller.Reply reply = impostor.authenticate();

        assertThat(reply.status()).isEqualTo(401);
        assertThat(reply.json().get("error_code").asString()).isEqualTo("invalid_credentials");
    }

    @Test
    void unknownTokenIsRejected() {
        ApiCaller caller = newCaller();

        ApiCaller.Reply reply = ApiCaller.send(caller.http().get().uri("/api/v4/profile")
                .header("Authorization", "Bearer not-a-token"), "en");

        assertThat(reply.status()).isEqualTo(401);
        assertThat(reply.json().get("error_code").asString()).isEqualTo("invalid_token");
        assertThat(reply.json().get("error").asString()).contains("Invalid access token");
    }

    @Test
    void expiredTokenIsRejected() {
        ApiCaller caller = newCaller();
        caller.token();
        jdbc.sql("update api_tokens set expires_at = now() - interval '1 minute' where member_id = :member")
                .param("member", caller.memberId).update();

        ApiCaller.Reply reply = caller.get("/api/v4/profile");

        assertThat(reply.status()).isEqualTo(401);
        assertThat(reply.json().get("error_code").asString()).isEqualTo("expired_token");
    }

    @Test
    void tokenIsRevokedByKeyReset() {
        ApiCaller caller = newCaller();
        caller.token();
        tokens.resetSecurityKey(caller.memberId);

        ApiCaller.Reply reply = caller.get("/api/v4/profile");

        assertThat(reply.status()).isEqualTo(401);
        assertThat(reply.json().get("error_code").asString()).isEqualTo("revoked_token");
    }
}
