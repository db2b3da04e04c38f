package io.potok.platform.web;

import java.io.IOException;
import java.util.Collection;
import java.util.Collections;
import java.util.Enumeration;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import io.potok.platform.ApiErrorResponses;
import io.potok.platform.PotokException;
import io.potok.platform.PotokProperties;
import jakarta.servlet.FilterChain;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.Part;
import org.apache.tomcat.util.http.fileupload.impl.FileSizeLimitExceededException;
import org.apache.tomcat.util.http.fileupload.impl.SizeException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.util.unit.DataSize;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Rejects an upload larger than {@code potok.attachment-max-size} with 413 and a message that names the file
 * and the limit: the error JSON on API paths, the error page elsewhere. The multipart limit
 * ({@code spring.servlet.multipart.max-file-size}) is the attachment limit, so the servlet container stops
 * such a file before the tasks module receives it.
 */
// Ordered before Spring Security (-100): its CSRF check reads form parameters, which parses the multipart
// body, and the container would then respond to the size failure with its own bare error page.
@Component
@Order(-200)
class UploadLimitFilter extends OncePerRequestFilter {

    /** The request attribute through which the error page learns about the rejected upload. */
    static final String REJECTED_UPLOAD = UploadLimitFilter.class.getName() + ".rejected";

    private static final Logger log = LoggerFactory.getLogger(UploadLimitFilter.class);

    private final ApiErrorResponses apiErrors;
    private final String limit;

    UploadLimitFilter(ApiErrorResponses apiErrors, PotokProperties properties) {
        this.apiErrors = apiErrors;
        this.limit = shown(properties.attachmentMaxSize());
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        String contentType = request.getContentType();
        return contentType == null || !contentType.toLowerCase(Locale.ROOT).startsWith("multipart/");
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        UploadTooLarge rejected = parseParts(request);
        if (rejected == null) {
            chain.doFilter(request, response);
            return;
        }

        log.info("Rejected an upload to {} larger than {}", request.getRequestURI(), limit);
        if (isApiPath(request)) {
            apiErrors.write(request, response, rejected.status(), rejected.code(), rejected.arguments());
            return;
        }
        showErrorPage(request, response, rejected);
    }

    /**
     * Forwards to the error page as a GET without a body, because every later reader of the form parameters
     * (the CSRF check first) would fail on the rejected body again, and the container's own error dispatch
     * keeps the POST.
     */
    private static void showErrorPage(HttpServletRequest request, HttpServletResponse response,
                                      UploadTooLarge rejected) throws ServletException, IOException {
        request.setAttribute(REJECTED_UPLOAD, rejected);
        request.setAttribute(RequestDispatcher.ERROR_STATUS_CODE, rejected.status());
        request.setAttribute(RequestDispatcher.ERROR_REQUEST_URI, request.getRequestURI());
        response.setStatus(rejected.status());
        request.getRequestDispatcher("/error").forward(new WithoutBody(request), response);
    }

    /** The request as a GET with no body or parameters. */
    private static final class WithoutBody extends HttpServletRequestWrapper {

        WithoutBody(HttpServletRequest request) {
            super(request);
        }

        @Override
        public String getMethod() {
            return "GET";
        }

        @Override
        public String getContentType() {
            return null;
        }

        @Override
        public String getParameter(String name) {
            return null;
        }

        @Override
        public Map<String, String[]> getParameterMap() {
            return Map.of();
        }

        @Override
        public Enumeration<String> getParameterNames() {
            return Collections.emptyEnumeration();
        }

        @Override
        public String[] getParameterValues(String name) {
            return null;
        }

        @Override
        public Collection<Part> getParts() {
            return List.of();
        }

        @Override
        public Part getPart(String name) {
            return null;
        }
    }

    /** Parses the multipart body now; returns the failure when a part is over the limit, else null. */
    private UploadTooLarge parseParts(HttpServletRequest request) throws ServletException, IOException {
        try {
            request.getParts();
            return null;
        } catch (IllegalStateException | ServletException | IOException failure) {
            SizeException tooLarge = sizeFailure(failure);
            if (tooLarge == null) {
                throw failure;
            }
            return new UploadTooLarge(fileName(tooLarge), limit);
        }
    }

    private static SizeException sizeFailure(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof SizeException size) {
                return size;
            }
        }
        return null;
    }

    /** Returns the rejected file's name, which Tomcat sets when one file is over max-file-size, else null. */
    private static String fileName(SizeException failure) {
        if (failure instanceof FileSizeLimitExceededException file && file.getFileName() != null
                && !file.getFileName().isBlank()) {
            return file.getFileName();
        }
        return null;
    }

    private static boolean isApiPath(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        return path.startsWith("/api/") || path.startsWith("/v4/");
    }

    /** Shows the limit as the tasks module does: whole megabytes, or bytes below one megabyte. */
    private static String shown(DataSize size) {
        return size.toMegabytes() > 0 ? size.toMegabytes() + " MB" : size.toBytes() + " B";
    }

    /**
     * An upload over the limit: {@code attachment_too_large} when the file name is known, otherwise
     * {@code file_too_large} with the limit alone (a whole request over the multipart request limit).
     */
    static final class UploadTooLarge extends PotokException {

        UploadTooLarge(String fileName, String limit) {
            super(fileName == null ? "file_too_large" : "attachment_too_large", HttpStatus.PAYLOAD_TOO_LARGE.value(),
                    fileName == null ? new Object[] {limit} : new Object[] {fileName, limit});
        }
    }
}
