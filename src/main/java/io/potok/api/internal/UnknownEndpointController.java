package io.potok.api.internal;

import io.potok.platform.PotokException;
import io.swagger.v3.oas.annotations.Hidden;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Answers API paths that match no endpoint with the API's error JSON instead of an HTML error page.
 */
@RestController
@Hidden
class UnknownEndpointController {

    @RequestMapping({ApiPaths.V4 + "/**", ApiPaths.V4_SHORT + "/**"})
    void unknown(HttpServletRequest request) {
        throw new EndpointNotFound(request.getMethod(), request.getRequestURI());
    }

    /** A method and path the API does not have. */
    static class EndpointNotFound extends PotokException {
        EndpointNotFound(String method, String path) {
            super("endpoint_not_found", 404, method, path);
        }
    }
}
