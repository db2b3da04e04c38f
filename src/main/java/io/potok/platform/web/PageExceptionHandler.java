package io.potok.platform.web;

import io.potok.platform.PotokException;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.support.RequestContextUtils;

/**
 * Shows a failure a page controller raised as the error page with its translated message. Pages that
 * can show the message beside a form catch the exception themselves.
 */
@ControllerAdvice(annotations = Controller.class)
class PageExceptionHandler {

    private final MessageSource messages;
    private final PageContextAdvice pages;

    PageExceptionHandler(MessageSource messages, PageContextAdvice pages) {
        this.messages = messages;
        this.pages = pages;
    }

    @ExceptionHandler(PotokException.class)
    ModelAndView potokFailure(PotokException failure, jakarta.servlet.http.HttpServletRequest request,
                              HttpServletResponse response) {
        response.setStatus(failure.status());
        ModelAndView view = new ModelAndView("error");
        // Model attribute methods do not run for exception handlers, so the layout's context is added here.
        view.addObject("page", pages.page(request));
        view.addObject("status", failure.status());
        view.addObject("errorMessage", messages.getMessage(failure.messageKey(), failure.arguments(),
                failure.code(), RequestContextUtils.getLocale(request)));
        return view;
    }
}
