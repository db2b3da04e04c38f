package io.potok.platform.web;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.context.MessageSource;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.servlet.support.RequestContextUtils;

/**
 * Adds the {@link PageContext} to the model of every page controller.
 */
@ControllerAdvice(annotations = Controller.class)
class PageContextAdvice {

    private final MessageSource messages;

    PageContextAdvice(MessageSource messages) {
        this.messages = messages;
    }

    @ModelAttribute("page")
    PageContext page(HttpServletRequest request) {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        PageUser user = authentication != null && authentication.getPrincipal() instanceof PageUser pageUser
                ? pageUser
                : null;
        CsrfToken csrf = (CsrfToken) request.getAttribute(CsrfToken.class.getName());
        return new PageContext(messages, RequestContextUtils.getLocale(request), user, csrf, request.getRequestURI(),
                request.getParameterMap().keySet());
    }
}
