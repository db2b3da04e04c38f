package io.potok.automation.web;

import java.util.List;
import java.util.Optional;

import io.potok.automation.internal.mail.EmailLog;
import io.potok.automation.internal.mail.MailSettings;
import io.potok.automation.internal.mail.MailSettingsDenied;
import io.potok.automation.internal.mail.SmtpFailure;
import io.potok.automation.internal.mail.SmtpSecurity;
import io.potok.automation.internal.mail.SmtpSettings;
import io.potok.automation.internal.mail.SmtpSettingsChange;
import io.potok.identity.CurrentMember;
import io.potok.platform.PotokException;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The SMTP settings page for administrators: the server, the login with a write-only password, the sender,
 * the on/off switch, and a test email whose outcome shows on the page.
 */
@Controller
class MailSettingsController {

    static final String PATH = "/settings/mail";
    static final int RECENT_EMAILS = 50;

    private final MailSettings mailSettings;
    private final EmailLog emailLog;
    private final MessageSource messages;

    MailSettingsController(MailSettings mailSettings, EmailLog emailLog, MessageSource messages) {
        this.mailSettings = mailSettings;
        this.emailLog = emailLog;
        this.messages = messages;
    }

    @GetMapping(PATH)
    String page(CurrentMember member, Model model) {
        requireAdmin(member);
        SmtpSettings settings = mailSettings.find(member.orgId());
        return render(model, view(member, settings, null, member.email(), null));
    }

    @PostMapping(PATH)
    String save(CurrentMember member, @RequestParam(required = false) String host,
                @RequestParam(required = false) String port, @RequestParam(required = false) String security,
                @RequestParam(required = false) String username, @RequestParam(required = false) String password,
                @RequestParam(required = false) String senderAddress,
                @RequestParam(required = false) String senderName,
                @RequestParam(defaultValue = "false") boolean enabled, Model model, HttpServletResponse response) {
        requireAdmin(member);
        SmtpSettingsChange change = new SmtpSettingsChange(host, port, security, username, password, senderAddress,
                senderName, enabled);
        try {
            mailSettings.save(member.orgId(), change);
        } catch (PotokException rejected) {
            response.setStatus(rejected.status());
            SmtpSettings submitted = submitted(member, change);
            return render(model, view(member, submitted, message(rejected, member), member.email(),
                    null));
        }
        return "redirect:" + PATH + "?saved";
    }

    @PostMapping(PATH + "/test")
    String sendTest(CurrentMember member, @RequestParam(defaultValue = "") String to, Model model,
                    HttpServletResponse response) {
        requireAdmin(member);
        SmtpSettings settings = mailSettings.find(member.orgId());
        try {
            Optional<SmtpFailure> failure = mailSettings.sendTest(member.orgId(), to, member.locale());
            return render(model, view(member, settings, null, to, testResult(member, to, failure)));
        } catch (PotokException rejected) {
            response.setStatus(rejected.status());
            return render(model, view(member, settings, message(rejected, member), to, null));
        }
    }

    private MailSettingsView.TestResult testResult(CurrentMember member, String to, Optional<SmtpFailure> failure) {
        if (failure.isEmpty()) {
            return new MailSettingsView.TestResult(true, text(member, "mail.test.sent", to.strip()), null);
        }
        SmtpFailure reason = failure.get();
        return new MailSettingsView.TestResult(false, text(member, "mail.failure." + reason.reason().id()),
                reason.detail());
    }

    /** Keeps what the administrator typed on the page after a rejected save, except the password. */
    private SmtpSettings submitted(CurrentMember member, SmtpSettingsChange change) {
        SmtpSettings saved = mailSettings.find(member.orgId());
        SmtpSecurity security = SmtpSecurity.fromId(change.security()).orElse(saved.security());
        int port = parsePort(change.port(), saved.port());
        return new SmtpSettings(valueOrEmpty(change.host()), port, security, change.username(), saved.passwordSaved(),
                valueOrEmpty(change.senderAddress()), change.senderName(), change.enabled());
    }

    private static int parsePort(String port, int fallback) {
        try {
            return Integer.parseInt(port == null ? "" : port.strip());
        } catch (NumberFormatException notANumber) {
            return fallback;
        }
    }

    private static String valueOrEmpty(String value) {
        return value == null ? "" : value;
    }

    private MailSettingsView view(CurrentMember member, SmtpSettings settings, String error, String testRecipient,
                                  MailSettingsView.TestResult testResult) {
        return new MailSettingsView(settings, securities(), error, testRecipient, testResult,
                emailLog.recent(member.orgId(), RECENT_EMAILS));
    }

    private String render(Model model, MailSettingsView view) {
        model.addAttribute("view", view);
        return "automation/mail-settings";
    }

    private String message(PotokException rejected, CurrentMember member) {
        return messages.getMessage(rejected.messageKey(), rejected.arguments(), rejected.code(), member.locale());
    }

    private String text(CurrentMember member, String key, Object... arguments) {
        return messages.getMessage(key, arguments, key, member.locale());
    }

    private static List<SmtpSecurity> securities() {
        return List.of(SmtpSecurity.values());
    }

    private static void requireAdmin(CurrentMember member) {
        if (!member.admin()) {
            throw new MailSettingsDenied();
        }
    }
}
