package io.potok.platform.web;

import java.util.Comparator;
import java.util.List;

import io.potok.platform.PotokException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;

/**
 * Lists the settings pages every module declares, for administrators.
 */
@Controller
class SettingsController {

    private final List<SettingsLink> links;

    SettingsController(List<SettingsLink> links) {
        this.links = links.stream().sorted(Comparator.comparingInt(SettingsLink::order)).toList();
    }

    @GetMapping("/settings")
    String settings(@ModelAttribute("page") PageContext page, Model model) {
        if (page.user() == null || !page.user().admin()) {
            throw new SettingsDenied();
        }
        model.addAttribute("links", links);
        return "platform/settings";
    }

    /** Only administrators see the settings. */
    static class SettingsDenied extends PotokException {

        SettingsDenied() {
            super("settings_denied", 403);
        }
    }
}
