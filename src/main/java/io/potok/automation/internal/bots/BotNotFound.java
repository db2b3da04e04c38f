package io.potok.automation.internal.bots;

import io.potok.platform.PotokException;

/**
 * The organisation has no bot with the id asked for.
 */
public class BotNotFound extends PotokException {

    public BotNotFound(long botId) {
        super("bot_not_found", 404, botId);
    }
}
