package io.potok.identity.internal;

import java.io.IOException;

import io.potok.identity.ApiTokens;
import io.potok.platform.ApiErrorResponses;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.AnonymousAuthenticationFilter;

/**
 * Two security chains: the public API with bearer tokens and no session, and the pages with a session
 * login and CSRF protection.
 */
@Configuration(proxyBeanMethods = false)
class SecurityConfiguration {

    /** Session attribute with the email of the last failed sign-in; the sign-in page reads it back. */
    static final String LAST_EMAIL = "potok.lastEmail";

    @Bean
    PasswordEncoder passwordEncoder() {
        return PasswordEncoderFactories.createDelegatingPasswordEncoder();
    }

    @Bean
    @Order(1)
    SecurityFilterChain apiChain(HttpSecurity http, ApiTokens tokens, ApiErrorResponses errors) throws Exception {
        return http
                .securityMatcher("/api/v4/**", "/v4/**")
                .csrf(csrf -> csrf.disable())
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .addFilterBefore(new ApiTokenFilter(tokens, errors), AnonymousAuthenticationFilter.class)
                .authorizeHttpRequests(auth -> auth.anyRequest().permitAll())
                .build();
    }

    /**
     * Sends a failed sign-in back to the form with the email kept, so only the password is typed again.
     */
    private static void rememberEmailOnFailure(HttpServletRequest request, HttpServletResponse response,
                                               AuthenticationException failure) throws IOException {
        request.getSession().setAttribute(LAST_EMAIL, request.getParameter("username"));
        response.sendRedirect(request.getContextPath() + "/login?error");
    }

    @Bean
    @Order(2)
    SecurityFilterChain pageChain(HttpSecurity http) throws Exception {
        return http
                .authorizeHttpRequests(auth -> auth
                        .requestMatchers("/login", "/webjars/**", "/css/**", "/js/**", "/favicon.ico",
                                "/actuator/health", "/api/openapi/**", "/api/reference/**", "/api/swagger-ui/**",
                                "/swagger-ui/**",
                                "/error").permitAll()
                        .anyRequest().authenticated())
                .formLogin(form -> form.loginPage("/login").defaultSuccessUrl("/", false).permitAll()
                        .failureHandler(SecurityConfiguration::rememberEmailOnFailure))
                .logout(logout -> logout.logoutUrl("/logout").logoutSuccessUrl("/login?logout"))
                .headers(headers -> headers.contentSecurityPolicy(csp -> csp.policyDirectives(
                        "default-src 'self'; script-src 'self' 'unsafe-eval'; style-src 'self' 'unsafe-inline'; "
                                + "img-src 'self' data:; frame-ancestors 'none'")))
                .build();
    }
}
