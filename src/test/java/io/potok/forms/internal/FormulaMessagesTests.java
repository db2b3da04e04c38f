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

import io.potok.forms.DefinitionProblem;
import io.potok.forms.FormulaFailed;
import io.potok.platform.SupportedLocales;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every formula error and publish problem has a message in Russian and English naming the field and the formula.
 */
class FormulaMessagesTests {

    private static final Path SOURCES = Path.of("src/main/java/io/potok/forms/internal");
    private static final Pattern FAILURE = Pattern.compile("new FormulaEvaluationFailed\\(\"([a-z_]+)\"");
    private static final Pattern PROBLEM = Pattern.compile("\"(formula_[a-z_]+)\"");

    @Test
    void findsCodesInSources() throws IOException {
        assertThat(found(FAILURE)).contains("division_by_zero", "days_not_whole", "operand_types", "invalid");
        assertThat(found(PROBLEM)).contains("formula_syntax", "formula_cycle", "formula_unknown_field",
                "formula_operand_types");
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"ru", "en"})
    void everyFailureNamesFieldAndFormula(String language) throws IOException {
        for (String reason : found(FAILURE)) {
            FormulaFailed failure = new FormulaFailed(reason, "Сумма строки", "quantity / price", "1.5");
            String text = format(language, failure.messageKey(), failure.arguments());

            assertThat(text).as(reason).contains("Сумма строки");
            assertThat(text).as(reason).contains("quantity / price");
        }
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"ru", "en"})
    void everyProblemNamesFieldAndFormula(String language) throws IOException {
        for (String code : found(PROBLEM)) {
            DefinitionProblem problem = DefinitionProblem.of(code, "Итого", "sum(line_total)", "x", "7");
            String text = format(language, problem.messageKey(), problem.arguments().toArray());

            assertThat(text).as(code).contains("Итого");
            assertThat(text).as(code).contains("sum(line_total)");
        }
    }

    @Test
    void divisionByZeroMessageSaysWhatToDo() {
        FormulaFailed failure = new FormulaFailed("division_by_zero", "Цена за штуку", "total / quantity", "");

        assertThat(format("ru", failure.messageKey(), failure.arguments())).isEqualTo("Поле «Цена за штуку»: "
                + "формула «total / quantity» делит на ноль. Измените значение, на которое она делит, "
                + "или защитите деление через if().");
        assertThat(format("en", failure.messageKey(), failure.arguments())).isEqualTo("Field “Цена за штуку”: "
                + "the formula “total / quantity” divides by zero. Change the value it divides by, or guard the "
                + "division with if().");
    }

    private static Set<String> found(Pattern pattern) throws IOException {
        Set<String> codes = new TreeSet<>();
        try (Stream<Path> files = Files.list(SOURCES)) {
            for (Path file : files.filter(path -> path.getFileName().toString().startsWith("Formula")).toList()) {
                Matcher matcher = pattern.matcher(Files.readString(file));
                while (matcher.find()) {
                    codes.add(matcher.group(1));
                }
            }
        }
        return codes;
    }

    /** Formats as Spring's message source does when arguments are given. */
    private static String format(String language, String key, Object[] arguments) {
        ResourceBundle messages = ResourceBundle.getBundle("messages", SupportedLocales.pick(language),
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
        return new MessageFormat(messages.getString(key), Locale.forLanguageTag(language)).format(arguments);
    }
}
