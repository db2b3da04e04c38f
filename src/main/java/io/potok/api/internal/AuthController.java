package io.potok.api.internal;

import java.util.LinkedHashMap;
import java.util.Map;

import io.potok.identity.ApiTokens;
import io.potok.platform.PotokException;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.security.SecurityRequirements;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * {@code /auth}: exchanges a member's login and security key for an access token.
 */
@RestController
@RequestMapping({ApiPaths.V4, ApiPaths.V4_SHORT})
@Tag(name = "Auth")
@SecurityRequirements
class AuthController {

    private final ApiTokens tokens;

    AuthController(ApiTokens tokens) {
        this.tokens = tokens;
    }

    record Credentials(String login, String security_key, Long person_id) {
    }

    @PostMapping("/auth")
    @Operation(summary = "Exchange a login and security key for an access token")
    Map<String, String> authenticate(@RequestBody Credentials credentials) {
        return token(credentials.login(), credentials.security_key());
    }

    @GetMapping("/auth")
    @Operation(summary = "The same as POST /auth, with the credentials in the query, for older clients")
    Map<String, String> authenticateByQuery(@RequestParam(required = false) String login,
                                            @RequestParam(name = "security_key", required = false) String key) {
        return token(login, key);
    }

    private Map<String, String> token(String login, String securityKey) {
        String token = tokens.issue(login, securityKey).orElseThrow(InvalidCredentials::new);
        String base = ServletUriComponentsBuilder.fromCurrentContextPath().path(ApiPaths.V4 + "/").toUriString();

        Map<String, String> body = new LinkedHashMap<>();
        body.put("access_token", token);
        body.put("api_url", base);
        body.put("files_url", base);
        return body;
    }

    /** A login and security key that match no active member. */
    static class InvalidCredentials extends PotokException {
        InvalidCredentials() {
            super("invalid_credentials", 401);
        }
    }
}
