package io.potok.automation.web;

import io.potok.platform.web.SettingsLink;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Lists the email, bot and delivery log pages among the settings pages.
 */
@Configuration
class AutomationSettingsLinks {

    @Bean
    SettingsLink mailSettingsLink() {
        return new SettingsLink("/settings/mail", "settings.mail", "settings.mail.about", 20);
    }

    @Bean
    SettingsLink botsSettingsLink() {
        return new SettingsLink("/settings/bots", "settings.bots", "settings.bots.about", 30);
    }

    @Bean
    SettingsLink deliveriesSettingsLink() {
        return new SettingsLink("/settings/deliveries", "settings.deliveries", "settings.deliveries.about", 40);
    }
}
