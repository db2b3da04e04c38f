package io.potok.identity.internal;

import java.util.List;
import java.util.Locale;

import io.potok.identity.CurrentMember;
import io.potok.platform.SupportedLocales;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.MethodParameter;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.bind.support.WebDataBinderFactory;
import org.springframework.web.context.request.NativeWebRequest;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.method.support.ModelAndViewContainer;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.i18n.LocaleChangeInterceptor;

/**
 * Lets controllers take the signed-in {@link CurrentMember} as a parameter, and picks each request's
 * language: the one chosen in this session (a {@code ?lang=en} link or the profile), else the member's, else
 * Russian.
 */
@Configuration(proxyBeanMethods = false)
class IdentityWebConfiguration implements WebMvcConfigurer {

    static final String SESSION_LOCALE = "potok.locale";

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        LocaleChangeInterceptor languageLinks = new LocaleChangeInterceptor();
        languageLinks.setParamName("lang");
        languageLinks.setIgnoreInvalidLocale(true);
        registry.addInterceptor(languageLinks);
    }

    @Override
    public void addArgumentResolvers(List<HandlerMethodArgumentResolver> resolvers) {
        resolvers.add(new CurrentMemberResolver());
    }

    @Bean
    LocaleResolver localeResolver() {
        return new MemberLocaleResolver();
    }

    /**
     * Returns the member the request is authenticated as, or null when it is anonymous.
     */
    static CurrentMember currentMember() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication == null) {
            return null;
        }
        Object principal = authentication.getPrincipal();
        if (principal instanceof CurrentMember member) {
            return member;
        }
        return principal instanceof MemberPrincipal memberPrincipal ? memberPrincipal.member() : null;
    }

    private static final class CurrentMemberResolver implements HandlerMethodArgumentResolver {

        @Override
        public boolean supportsParameter(MethodParameter parameter) {
            return parameter.getParameterType().equals(CurrentMember.class);
        }

        @Override
        public Object resolveArgument(MethodParameter parameter, ModelAndViewContainer mavContainer,
                                      NativeWebRequest webRequest, WebDataBinderFactory binderFactory) {
            return currentMember();
        }
    }

    private static final class MemberLocaleResolver implements LocaleResolver {

        @Override
        public Locale resolveLocale(HttpServletRequest request) {
            HttpSession session = request.getSession(false);
            if (session != null && session.getAttribute(SESSION_LOCALE) instanceof Locale chosen) {
                return chosen;
            }
            CurrentMember member = currentMember();
            if (member != null) {
                return SupportedLocales.pick(member.locale().toLanguageTag());
            }
            return SupportedLocales.RUSSIAN;
        }

        @Override
        public void setLocale(HttpServletRequest request, HttpServletResponse response, Locale locale) {
            request.getSession().setAttribute(SESSION_LOCALE, SupportedLocales.pick(locale.toLanguageTag()));
        }
    }
}
