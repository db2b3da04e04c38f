package io.potok.workflow.web;

import io.potok.platform.web.SettingsLink;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Lists the business calendars among the settings pages.
 */
@Configuration
class CalendarSettingsLink {

    @Bean
    SettingsLink calendarsSettingsLink() {
        return new SettingsLink("/settings/calendars", "settings.calendars", "settings.calendars.about", 10);
    }
}
