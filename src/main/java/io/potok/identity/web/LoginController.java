package io.potok.identity.web;

import jakarta.servlet.http.HttpSession;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The sign-in page; Spring Security handles the form post.
 */
@Controller
class LoginController {

    /** Session attribute where a failed sign-in leaves the email it was tried with. */
    private static final String LAST_EMAIL = "potok.lastEmail";

    @GetMapping("/login")
    String login(HttpSession session, Model model) {
        Object email = session.getAttribute(LAST_EMAIL);
        model.addAttribute("lastEmail", email instanceof String text ? text : "");
        return "identity/login";
    }
}
