package io.potok.api.internal;

import java.util.List;
import java.util.Locale;
import java.util.Map;

import io.potok.forms.FormDefinitionInvalid;
import io.potok.platform.ApiErrorResponses;
import io.potok.platform.PotokException;
import jakarta.servlet.http.HttpServletRequest;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.resource.NoResourceFoundException;

/**
 * Turns every failure of an API call into the API's error JSON with a translated message, so a stack
 * trace never reaches the client.
 */
@RestControllerAdvice(basePackages = "io.potok.api")
class ApiExceptionHandler {

    private static final Logger log = LoggerFactory.getLogger(ApiExceptionHandler.class);

    private final ApiErrorResponses errors;
    private final MessageSource messages;

    ApiExceptionHandler(ApiErrorResponses errors, MessageSource messages) {
        this.errors = errors;
        this.messages = messages;
    }

    @ExceptionHandler(PotokException.class)
    ResponseEntity<Map<String, Object>> potokFailure(PotokException failure, HttpServletRequest request) {
        Map<String, Object> body = errors.body(request, failure.code(), failure.arguments());
        body.put("error", messages.getMessage(failure.messageKey(), failure.arguments(), failure.code(),
                ApiErrorResponses.locale(request)));
        return ResponseEntity.status(failure.status()).body(body);
    }

    /**
     * Adds every problem of a refused definition to the error JSON as {@code problems}, each with its
     * {@code code} and translated {@code error}, so that a client can fix them all in one go; {@code error}
     * names the first one.
     */
    @ExceptionHandler(FormDefinitionInvalid.class)
    ResponseEntity<Map<String, Object>> definitionInvalid(FormDefinitionInvalid failure, HttpServletRequest request) {
        ResponseEntity<Map<String, Object>> reply = potokFailure(failure, request);
        Locale locale = ApiErrorResponses.locale(request);
        List<ProblemJson> problems = failure.problems().stream()
                .map(problem -> new ProblemJson(problem.code(),
                        messages.getMessage(problem.messageKey(), problem.arguments().toArray(), problem.code(), locale)))
                .toList();
        reply.getBody().put("problems", problems);
        return reply;
    }

    /** One problem of a refused form definition in the error JSON. */
    record ProblemJson(String code, String error) {
    }

    @ExceptionHandler(HttpMessageNotReadableException.class)
    ResponseEntity<Map<String, Object>> unreadableBody(HttpServletRequest request) {
        return reply(request, HttpStatus.BAD_REQUEST, "invalid_request_body");
    }

    @ExceptionHandler(MissingServletRequestParameterException.class)
    ResponseEntity<Map<String, Object>> missingParameter(MissingServletRequestParameterException failure,
                                                         HttpServletRequest request) {
        return reply(request, HttpStatus.BAD_REQUEST, "missing_parameter", failure.getParameterName());
    }

    @ExceptionHandler(MethodArgumentTypeMismatchException.class)
    ResponseEntity<Map<String, Object>> badParameter(MethodArgumentTypeMismatchException failure,
                                                     HttpServletRequest request) {
        return reply(request, HttpStatus.BAD_REQUEST, "invalid_parameter", failure.getName(),
                String.valueOf(failure.getValue()));
    }

    @ExceptionHandler({NoResourceFoundException.class, HttpRequestMethodNotSupportedException.class})
    ResponseEntity<Map<String, Object>> unknownEndpoint(HttpServletRequest request) {
        return reply(request, HttpStatus.NOT_FOUND, "endpoint_not_found", request.getMethod(), request.getRequestURI());
    }

    @ExceptionHandler(HttpMediaTypeNotSupportedException.class)
    ResponseEntity<Map<String, Object>> unsupportedMediaType(HttpServletRequest request) {
        return reply(request, HttpStatus.UNSUPPORTED_MEDIA_TYPE, "unsupported_media_type");
    }

    @ExceptionHandler(Exception.class)
    ResponseEntity<Map<String, Object>> unexpected(Exception failure, HttpServletRequest request) {
        log.error("API call {} {} failed", request.getMethod(), request.getRequestURI(), failure);
        return reply(request, HttpStatus.INTERNAL_SERVER_ERROR, "server_error");
    }

    private ResponseEntity<Map<String, Object>> reply(HttpServletRequest request, HttpStatus status, String code,
                                                      Object... arguments) {
        return ResponseEntity.status(status).body(errors.body(request, code, arguments));
    }
}
