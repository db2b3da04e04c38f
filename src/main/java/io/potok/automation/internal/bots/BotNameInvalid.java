package io.potok.automation.internal.bots;

import io.potok.platform.PotokException;

/**
 * A bot's name is empty, too long, or taken by another bot of the organisation, which would make
 * {@code @name} mentions ambiguous.
 */
public class BotNameInvalid extends PotokException {

    /** Maximum length of a bot name, in characters. */
    public static final int MAX_LENGTH = 100;

    public BotNameInvalid(String reason, String name) {
        super("bot_name_" + reason, 400, name, MAX_LENGTH);
    }

    static BotNameInvalid empty() {
        return new BotNameInvalid("empty", "");
    }

    static BotNameInvalid tooLong(String name) {
        return new BotNameInvalid("too_long", name);
    }

    static BotNameInvalid taken(String name) {
        return new BotNameInvalid("taken", name);
    }
}
