package io.potok.platform.web;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * Sends the start page to the inbox.
 */
@Controller
class HomeController {

    @GetMapping("/")
    String home() {
        return "redirect:/inbox";
    }
}
