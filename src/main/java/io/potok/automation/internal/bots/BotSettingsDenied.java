package io.potok.automation.internal.bots;

import io.potok.platform.PotokException;

/**
 * A member who does not administer the organisation opened or changed its bots.
 */
public class BotSettingsDenied extends PotokException {

    public BotSettingsDenied() {
        super("bot_settings_denied", 403);
    }
}
