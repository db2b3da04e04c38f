package io.potok.automation.web;

import io.potok.identity.BotAccounts.BotAccount;

/**
 * Content of one bot's page.
 *
 * @param bot the bot
 * @param error the translated reason the last URL change was rejected, or null
 * @param securityKey the bot's security key when the administrator asked to see or regenerate it, else null
 */
public record BotView(BotAccount bot, String error, String securityKey) {
}
