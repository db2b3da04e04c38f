package io.potok.automation.internal.bots;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import io.potok.identity.BotAccounts.BotAccount;
import org.junit.jupiter.api.Test;

class BotMentionsTests {

    private static final BotAccount SORTER = bot(1, "Сортировщик");
    private static final BotAccount SORTER_OF_REQUESTS = bot(2, "Сортировщик заявок");
    private static final BotAccount SHORT = bot(3, "Сорт");

    @Test
    void findsNameAfterAtSign() {
        assertThat(BotMentions.in("Посмотри, @Сортировщик, что это за заявка", List.of(SORTER)))
                .containsExactly(SORTER);
    }

    @Test
    void ignoresLetterCase() {
        assertThat(BotMentions.in("@сортировщик", List.of(SORTER))).containsExactly(SORTER);
    }

    @Test
    void findsNameWithSpaces() {
        assertThat(BotMentions.in("@Сортировщик заявок, помоги", List.of(SORTER, SORTER_OF_REQUESTS, SHORT)))
                .containsExactlyInAnyOrder(SORTER, SORTER_OF_REQUESTS);
    }

    @Test
    void skipsNameThatContinues() {
        assertThat(BotMentions.in("@Сортировщику", List.of(SORTER, SHORT))).isEmpty();
    }

    @Test
    void skipsAtSignInsideEmail() {
        assertThat(BotMentions.in("пишите на ivan@Сортировщик", List.of(SORTER))).isEmpty();
    }

    @Test
    void skipsTextWithoutAtSign() {
        assertThat(BotMentions.in("Сортировщик", List.of(SORTER))).isEmpty();
        assertThat(BotMentions.in(null, List.of(SORTER))).isEmpty();
    }

    private static BotAccount bot(long id, String name) {
        return new BotAccount(id, 1, name, "bot@" + id, "https://bots.example/" + id, false);
    }
}
