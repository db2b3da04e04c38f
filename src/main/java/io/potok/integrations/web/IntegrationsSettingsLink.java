package io.potok.integrations.web;

import io.potok.platform.web.SettingsLink;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Lists the МойСклад connector among the settings pages.
 */
@Configuration
class IntegrationsSettingsLink {

    @Bean
    SettingsLink moyskladSettingsLink() {
        return new SettingsLink("/settings/integrations/moysklad", "settings.moysklad", "settings.moysklad.about", 50);
    }
}
