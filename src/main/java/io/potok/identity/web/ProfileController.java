package io.potok.identity.web;

import java.util.Locale;

import io.potok.identity.ApiTokens;
import io.potok.identity.CurrentMember;
import io.potok.identity.Member;
import io.potok.identity.Members;
import io.potok.identity.Organizations;
import io.potok.platform.SupportedLocales;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.LocaleResolver;

/**
 * The signed-in member's profile: language and API security key.
 */
@Controller
class ProfileController {

    private final Members members;
    private final Organizations organizations;
    private final ApiTokens tokens;
    private final LocaleResolver locales;

    ProfileController(Members members, Organizations organizations, ApiTokens tokens, LocaleResolver locales) {
        this.members = members;
        this.organizations = organizations;
        this.tokens = tokens;
        this.locales = locales;
    }

    @GetMapping("/profile")
    String profile(CurrentMember current, Model model) {
        return show(current, null, model);
    }

    /** Stores the chosen language on the member and switches this session to it at once. */
    @PostMapping("/profile/locale")
    String changeLocale(CurrentMember current, @RequestParam String locale, HttpServletRequest request,
                        HttpServletResponse response) {
        Locale chosen = SupportedLocales.pick(locale);

        organizations.changeLocale(current.orgId(), current.memberId(), chosen);
        locales.setLocale(request, response, chosen);

        return "redirect:/profile?saved";
    }

    /** Sets a new security key and shows it on this response only; it cannot be read again. */
    @PostMapping("/profile/security-key")
    String resetSecurityKey(CurrentMember current, Model model) {
        String key = tokens.resetSecurityKey(current.memberId());
        return show(current, key, model);
    }

    private String show(CurrentMember current, String newKey, Model model) {
        Member member = members.find(current.orgId(), current.memberId()).orElseThrow();
        model.addAttribute("member", member);
        model.addAttribute("newKey", newKey);
        return "identity/profile";
    }
}
