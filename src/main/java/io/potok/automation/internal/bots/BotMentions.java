package io.potok.automation.internal.bots;

import java.util.Collection;
import java.util.List;
import java.util.regex.Pattern;

import io.potok.identity.BotAccounts.BotAccount;

/**
 * Finds bots mentioned in a comment: {@code @} followed by the bot's full name, in any letter case, with no
 * letter, digit or underscore right before the {@code @} or right after the name. So {@code @Сортировщик}
 * mentions the bot "Сортировщик" but neither "Сортировщик заявок" nor a bot named "Сорт".
 */
final class BotMentions {

    private BotMentions() {
    }

    static List<BotAccount> in(String commentText, Collection<BotAccount> bots) {
        if (commentText == null || commentText.indexOf('@') < 0) {
            return List.of();
        }
        return bots.stream().filter(bot -> mentions(commentText, bot.name())).toList();
    }

    private static boolean mentions(String text, String name) {
        if (name == null || name.isBlank()) {
            return false;
        }
        Pattern pattern = Pattern.compile("(?<![\\p{L}\\p{N}_])@" + Pattern.quote(name.trim()) + "(?![\\p{L}\\p{N}_])",
                Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
        return pattern.matcher(text).find();
    }
}
