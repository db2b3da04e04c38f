package io.potok.automation.web;

import io.potok.automation.internal.bots.BotSettings;
import io.potok.identity.CurrentMember;
import io.potok.platform.PotokException;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The bots pages for administrators: the list with a form to create a bot, and one bot's page with its URL,
 * its security key (shown on request, regenerated on request) and blocking.
 */
@Controller
class BotsController {

    static final String PATH = "/settings/bots";

    private final BotSettings settings;
    private final MessageSource messages;

    BotsController(BotSettings settings, MessageSource messages) {
        this.settings = settings;
        this.messages = messages;
    }

    @GetMapping(PATH)
    String list(CurrentMember admin, Model model) {
        return renderList(admin, model, null, "", "");
    }

    @PostMapping(PATH)
    String create(CurrentMember admin, @RequestParam(defaultValue = "") String name,
                  @RequestParam(defaultValue = "") String url, Model model, HttpServletResponse response) {
        try {
            long botId = settings.create(admin, name, url);
            return "redirect:" + PATH + "/" + botId + "?created";
        } catch (PotokException rejected) {
            response.setStatus(rejected.status());
            return renderList(admin, model, message(admin, rejected), name, url);
        }
    }

    @GetMapping(PATH + "/{botId}")
    String bot(CurrentMember admin, @PathVariable long botId, Model model) {
        return renderBot(admin, botId, model, null, null);
    }

    @PostMapping(PATH + "/{botId}/url")
    String changeUrl(CurrentMember admin, @PathVariable long botId, @RequestParam(defaultValue = "") String url,
                     Model model, HttpServletResponse response) {
        try {
            settings.changeUrl(admin, botId, url);
            return "redirect:" + PATH + "/" + botId + "?saved";
        } catch (PotokException rejected) {
            response.setStatus(rejected.status());
            return renderBot(admin, botId, model, message(admin, rejected), null);
        }
    }

    @PostMapping(PATH + "/{botId}/key")
    String showKey(CurrentMember admin, @PathVariable long botId, Model model) {
        return renderBot(admin, botId, model, null, settings.securityKey(admin, botId));
    }

    @PostMapping(PATH + "/{botId}/key/regenerate")
    String regenerateKey(CurrentMember admin, @PathVariable long botId, Model model) {
        String key = settings.regenerateKey(admin, botId);
        return renderBot(admin, botId, model, null, key);
    }

    @PostMapping(PATH + "/{botId}/blocked")
    String changeBlocked(CurrentMember admin, @PathVariable long botId, @RequestParam boolean blocked) {
        settings.changeBlocked(admin, botId, blocked);
        return "redirect:" + PATH + "/" + botId;
    }

    private String renderList(CurrentMember admin, Model model, String error, String name, String url) {
        model.addAttribute("view", new BotsView(settings.list(admin), error, name, url));
        return "automation/bots";
    }

    private String renderBot(CurrentMember admin, long botId, Model model, String error, String key) {
        model.addAttribute("view", new BotView(settings.find(admin, botId), error, key));
        return "automation/bot";
    }

    private String message(CurrentMember admin, PotokException rejected) {
        return messages.getMessage(rejected.messageKey(), rejected.arguments(), rejected.code(), admin.locale());
    }
}
