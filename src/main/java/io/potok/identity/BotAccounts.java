package io.potok.identity;

import java.util.List;
import java.util.Optional;

/**
 * Bot accounts: members of kind bot with a URL that Potok sends tasks to and a security key. The key signs
 * what Potok sends, and it obtains API tokens as every member's key does. Unlike a person's key it is stored
 * encrypted, so that Potok can read it back.
 */
public interface BotAccounts {

    /** Returns the organisation's bots ordered by name, blocked ones included. */
    List<BotAccount> list(long orgId);

    /** Returns the bot, or empty when the organisation has no bot with this id. */
    Optional<BotAccount> find(long orgId, long botId);

    /**
     * Creates a bot with a new random security key and returns its id. The caller has checked the URL.
     *
     * @param name the bot's name, shown as its first name and used in {@code @name} mentions
     */
    long create(long orgId, String name, String url);

    /** Stores a new URL for the bot; the caller has checked it. */
    void changeUrl(long orgId, long botId, String url);

    /**
     * Sets a new random security key for the bot, revoking every API token issued with the old one, and
     * returns the key.
     */
    String regenerateKey(long orgId, long botId);

    /** Blocks or unblocks the bot. A blocked bot is sent nothing and its API tokens stop working. */
    void changeBlocked(long orgId, long botId, boolean blocked);

    /** Returns the bot's security key, decrypted; empty when there is no such bot or it has no key. */
    Optional<String> securityKey(long orgId, long botId);

    /**
     * A bot account.
     *
     * @param id the member id, sent to the bot as {@code user_id}
     * @param orgId the organisation
     * @param name the bot's name
     * @param login the email the bot signs in to the API with
     * @param url where Potok sends tasks
     * @param blocked whether the bot is blocked
     */
    record BotAccount(long id, long orgId, String name, String login, String url, boolean blocked) {
    }
}
