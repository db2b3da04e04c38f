package io.potok.forms.internal;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import io.potok.forms.FieldValueInvalid;
import io.potok.forms.FieldValueRequired;
import io.potok.platform.SupportedLocales;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The messages of every rejection exist in Russian and English and name the field and the value.
 */
class FieldValuesMessagesTests {

    private static final Path SOURCES = Path.of("src/main/java/io/potok/forms/internal");
    private static final Pattern REASON = Pattern.compile("invalid\\(\\s*\"([a-z_]+)\"");

    @Test
    void findsReasonsInSources() throws IOException {
        assertThat(reasons()).contains("number", "read_only", "catalog_item_deleted", "table_row_not_found");
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"ru", "en"})
    void everyReasonHasMessageNamingFieldAndValue(String language) throws IOException {
        ResourceBundle messages = bundle(language);

        for (String reason : reasons()) {
            FieldValueInvalid error = new FieldValueInvalid(reason, "Количество", "abc");
            String text = format(messages, error.messageKey(), error.arguments(), language);
            assertThat(text).as(reason).contains("abc");
            if (!reason.equals("no_field_reference")) {
                assertThat(text).as(reason).contains("Количество");
            }
        }
    }

    @Test
    void numberMessageTellsWhatToEnter() {
        FieldValueInvalid error = new FieldValueInvalid("number", "Количество", "abc");

        assertThat(format(bundle("ru"), error.messageKey(), error.arguments(), "ru")).isEqualTo(
                "Поле «Количество»: значение «abc» не является числом. Введите число, например 12 или 12.5.");
        assertThat(format(bundle("en"), error.messageKey(), error.arguments(), "en")).isEqualTo(
                "Field “Количество”: the value “abc” is not a number. Enter a number such as 12 or 12.5.");
    }

    @Test
    void requiredMessageNamesFieldAndStep() {
        FieldValueRequired atCreation = new FieldValueRequired("Клиент", 0);
        FieldValueRequired fromStep = new FieldValueRequired("Адрес", 2);

        assertThat(format(bundle("ru"), atCreation.messageKey(), atCreation.arguments(), "ru"))
                .isEqualTo("Поле «Клиент» обязательно при создании задачи. Заполните его.");
        assertThat(format(bundle("ru"), fromStep.messageKey(), fromStep.arguments(), "ru"))
                .isEqualTo("Поле «Адрес» обязательно с этапа 2. Заполните его.");
        assertThat(format(bundle("en"), fromStep.messageKey(), fromStep.arguments(), "en"))
                .isEqualTo("Field “Адрес” is required from step 2 on. Fill it in.");
    }

    private static Set<String> reasons() throws IOException {
        Set<String> reasons = new TreeSet<>();
        try (Stream<Path> files = Files.list(SOURCES)) {
            for (Path file : files.toList()) {
                Matcher matcher = REASON.matcher(Files.readString(file));
                while (matcher.find()) {
                    reasons.add(matcher.group(1));
                }
            }
        }
        return reasons;
    }

    private static ResourceBundle bundle(String language) {
        return ResourceBundle.getBundle("messages", SupportedLocales.pick(language),
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    }

    /** Formats as Spring's message source does when arguments are given. */
    private static String format(ResourceBundle messages, String key, Object[] arguments, String language) {
        return new MessageFormat(messages.getString(key), Locale.forLanguageTag(language)).format(arguments);
    }
}
