package io.potok.platform.web;

import java.util.Map;

import io.potok.platform.ApiErrorResponses;
import io.potok.platform.PotokProperties;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.apache.tomcat.util.http.fileupload.impl.FileSizeLimitExceededException;
import org.springframework.context.MessageSource;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.util.unit.DataSize;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.support.RequestContextUtils;

/**
 * Turns an upload that the servlet container rejected for its size into 413 with a message that names the
 * file and {@code potok.attachment-max-size}: the error JSON on API paths, the error page elsewhere.
 * The multipart limit ({@code spring.servlet.multipart.max-file-size}) is the attachment limit, so the
 * container rejects such a file before the tasks module sees it.
 */
// No selector and the highest order: the multipart request is parsed before any controller is chosen, and
// only advice that applies to every handler is asked about failures that have no handler.
@ControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE)
class UploadLimitAdvice {

    private final ApiErrorResponses apiErrors;
    private final MessageSource messages;
    private final PageContextAdvice pages;
    private final String limit;

    UploadLimitAdvice(ApiErrorResponses apiErrors, MessageSource messages, PageContextAdvice pages,
                      PotokProperties properties) {
        this.apiErrors = apiErrors;
        this.messages = messages;
        this.pages = pages;
        this.limit = shown(properties.attachmentMaxSize());
    }

    @ExceptionHandler(MaxUploadSizeExceededException.class)
    Object uploadTooLarge(MaxUploadSizeExceededException failure, HttpServletRequest request,
                          HttpServletResponse response) {
        String fileName = fileName(failure);
        String code = fileName == null ? "file_too_large" : "attachment_too_large";
        Object[] arguments = fileName == null ? new Object[] {limit} : new Object[] {fileName, limit};
        if (isApiPath(request)) {
            return ResponseEntity.status(HttpStatus.PAYLOAD_TOO_LARGE).body(apiErrors.body(request, code, arguments));
        }
        response.setStatus(HttpStatus.PAYLOAD_TOO_LARGE.value());
        return new ModelAndView("error", Map.of("page", pages.page(request),
                "status", HttpStatus.PAYLOAD_TOO_LARGE.value(),
                "errorMessage", messages.getMessage("error." + code, arguments, code,
                        RequestContextUtils.getLocale(request))));
    }

    /** Returns the rejected file's name when the container reports it (Tomcat does), else null. */
    private static String fileName(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof FileSizeLimitExceededException tooLarge && tooLarge.getFileName() != null
                    && !tooLarge.getFileName().isBlank()) {
                return tooLarge.getFileName();
            }
        }
        return null;
    }

    private static boolean isApiPath(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        return path.startsWith("/api/") || path.startsWith("/v4/");
    }

    /** Shows the limit as the tasks module does: whole megabytes, or bytes below one megabyte. */
    static String shown(DataSize size) {
        return size.toMegabytes() > 0 ? size.toMegabytes() + " MB" : size.toBytes() + " B";
    }
}
