package io.potok.platform.web;

import java.util.Map;

import io.potok.platform.ApiErrorResponses;
import io.potok.platform.PotokException;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.boot.webmvc.error.ErrorController;
import org.springframework.context.MessageSource;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.support.RequestContextUtils;

/**
 * Renders failures that reach the servlet container (unknown pages, errors outside controllers): the
 * error page for people, the error JSON for API paths. Neither shows a stack trace.
 */
@Controller
class PageErrorController implements ErrorController {

    private final ApiErrorResponses apiErrors;
    private final MessageSource messages;

    PageErrorController(ApiErrorResponses apiErrors, MessageSource messages) {
        this.apiErrors = apiErrors;
        this.messages = messages;
    }

    @RequestMapping("/error")
    Object error(HttpServletRequest request, HttpServletResponse response) {
        int status = status(request);
        if (isApiPath(request)) {
            return ResponseEntity.status(status).body(apiErrors.body(request, apiErrorCode(status)));
        }
        response.setStatus(status);
        ModelAndView view = new ModelAndView("error", Map.of("status", status));
        if (request.getAttribute(UploadLimitFilter.REJECTED_UPLOAD) instanceof PotokException rejected) {
            view.addObject("errorMessage", messages.getMessage(rejected.messageKey(), rejected.arguments(),
                    rejected.code(), RequestContextUtils.getLocale(request)));
        }
        return view;
    }

    private static String apiErrorCode(int status) {
        return switch (status) {
            case 404 -> "not_found";
            case 403 -> "access_denied";
            default -> "server_error";
        };
    }

    private static boolean isApiPath(HttpServletRequest request) {
        Object path = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
        return path instanceof String uri && (uri.startsWith("/api/") || uri.startsWith("/v4/"));
    }

    private static int status(HttpServletRequest request) {
        Object status = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
        return status instanceof Integer code ? code : 500;
    }
}
