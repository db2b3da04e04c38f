package io.potok.platform;

import java.util.List;
import java.util.Locale;

/**
 * The languages Potok speaks: Russian first, English second.
 */
public final class SupportedLocales {

    public static final Locale RUSSIAN = Locale.forLanguageTag("ru");
    public static final Locale ENGLISH = Locale.ENGLISH;
    public static final List<Locale> ALL = List.of(RUSSIAN, ENGLISH);

    private SupportedLocales() {
    }

    /**
     * Picks the supported locale an {@code Accept-Language} header or a stored language tag prefers,
     * falling back to Russian.
     */
    public static Locale pick(String languages) {
        if (languages == null || languages.isBlank()) {
            return RUSSIAN;
        }
        try {
            Locale match = Locale.lookup(Locale.LanguageRange.parse(languages), ALL);
            return match == null ? RUSSIAN : match;
        } catch (IllegalArgumentException malformed) {
            return RUSSIAN;
        }
    }
}
