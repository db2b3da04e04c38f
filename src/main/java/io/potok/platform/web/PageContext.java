package io.potok.platform.web;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;

import org.springframework.context.MessageSource;
import org.springframework.security.web.csrf.CsrfToken;

/**
 * Everything a page template needs besides its own data: translated messages, the CSRF token, the
 * signed-in user, and date formatting in the viewer's time zone. Controllers get it as the model
 * attribute {@code page}.
 */
public final class PageContext {

    private final MessageSource messages;
    private final Locale locale;
    private final PageUser user;
    private final CsrfToken csrf;
    private final String path;
    private final java.util.Set<String> parameters;

    public PageContext(MessageSource messages, Locale locale, PageUser user, CsrfToken csrf, String path,
                       java.util.Set<String> parameters) {
        this.messages = messages;
        this.locale = locale;
        this.user = user;
        this.csrf = csrf;
        this.path = path;
        this.parameters = java.util.Set.copyOf(parameters);
    }

    /** Tells whether the request URL carries the query parameter, such as {@code ?error} on sign-in. */
    public boolean hasParameter(String name) {
        return parameters.contains(name);
    }

    /** Returns the translated message for the key, formatted with the arguments. */
    public String t(String key, Object... arguments) {
        return messages.getMessage(key, arguments, key, locale);
    }

    public Locale locale() {
        return locale;
    }

    public String lang() {
        return locale.getLanguage();
    }

    /** Returns the signed-in user, or null on the sign-in page. */
    public PageUser user() {
        return user;
    }

    public String csrfParameter() {
        return csrf == null ? "_csrf" : csrf.getParameterName();
    }

    public String csrfHeader() {
        return csrf == null ? "X-CSRF-TOKEN" : csrf.getHeaderName();
    }

    public String csrfToken() {
        return csrf == null ? "" : csrf.getToken();
    }

    /** Returns the request path, which marks the current navigation entry. */
    public String path() {
        return path;
    }

    public ZoneId zone() {
        return user == null ? ZoneId.of("Europe/Moscow") : user.zone();
    }

    /** Formats a UTC instant as a date and time in the viewer's time zone; empty for null. */
    public String dateTime(Instant instant) {
        if (instant == null) {
            return "";
        }
        return DateTimeFormatter.ofPattern("dd.MM.yyyy HH:mm", locale).format(instant.atZone(zone()));
    }

    public String date(LocalDate date) {
        return date == null ? "" : DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(locale).format(date);
    }
}
