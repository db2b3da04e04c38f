package io.potok.automation.web;

import java.util.List;

import io.potok.identity.BotAccounts.BotAccount;

/**
 * Content of the bots list page.
 *
 * @param bots the organisation's bots, blocked ones included
 * @param error the translated reason the last creation was rejected, or null
 * @param name the name typed into the creation form, kept after a rejection
 * @param url the URL typed into the creation form, kept after a rejection
 */
public record BotsView(List<BotAccount> bots, String error, String name, String url) {
}
