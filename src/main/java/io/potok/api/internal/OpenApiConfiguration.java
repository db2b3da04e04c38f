package io.potok.api.internal;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Describes the public API for the OpenAPI document at {@code /api/openapi} and the reference page at
 * {@code /api/reference}.
 */
@Configuration(proxyBeanMethods = false)
class OpenApiConfiguration {

    static final String BEARER = "bearer";

    @Bean
    OpenAPI potokOpenApi() {
        return new OpenAPI()
                .info(new Info()
                        .title("Potok API")
                        .version("v4")
                        .description("""
                                The public REST API of Potok, compatible with the Pyrus API v4 wire format: \
                                clients written for Pyrus work after changing the base URL. Every path is served \
                                at /api/v4 and also at /v4. Get a token with POST /api/v4/auth (login and \
                                security key) and send it as `Authorization: Bearer <token>`. Errors are \
                                `{"error": "...", "error_code": "..."}` with the message in Russian, or in \
                                English with `Accept-Language: en`. Datetimes are `yyyy-MM-ddTHH:mm:ssZ` in UTC, \
                                dates `yyyy-MM-dd`."""))
                .components(new Components().addSecuritySchemes(BEARER, new SecurityScheme()
                        .type(SecurityScheme.Type.HTTP)
                        .scheme("bearer")
                        .description("The access_token returned by POST /api/v4/auth")))
                .addSecurityItem(new SecurityRequirement().addList(BEARER));
    }
}
