package io.potok.platform;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.context.MessageSource;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * Writes the API's error JSON, {@code {"error": "...", "error_code": "..."}}, with the message in the
 * caller's language (Russian unless the request asks for English).
 */
@Component
public class ApiErrorResponses {

    private final MessageSource messages;
    private final JsonMapper json;

    ApiErrorResponses(MessageSource messages, JsonMapper json) {
        this.messages = messages;
        this.json = json;
    }

    public Map<String, Object> body(HttpServletRequest request, String code, Object... arguments) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("error", messages.getMessage("error." + code, arguments, code, locale(request)));
        body.put("error_code", code);
        return body;
    }

    public void write(HttpServletRequest request, HttpServletResponse response, int status, String code,
                      Object... arguments) throws IOException {
        response.setStatus(status);
        response.setContentType(MediaType.APPLICATION_JSON_VALUE);
        response.setCharacterEncoding("UTF-8");
        json.writeValue(response.getOutputStream(), body(request, code, arguments));
    }

    /**
     * Picks Russian or English from the request's {@code Accept-Language}; Russian is the default.
     */
    public static Locale locale(HttpServletRequest request) {
        String header = request.getHeader("Accept-Language");
        return SupportedLocales.pick(header);
    }
}
