package io.potok.catalogs.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.UUID;

import io.potok.PotokTest;
import io.potok.TestOrganizations;
import io.potok.catalogs.Catalog;
import io.potok.catalogs.CatalogValueInvalid;
import io.potok.platform.PotokException;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

@PotokTest
class CellValuesTests {

    private static final Catalog.Header NUMBER = new Catalog.Header("Количество", "number");
    private static final Catalog.Header MONEY = new Catalog.Header("Цена", "money");
    private static final Catalog.Header DATE = new Catalog.Header("Годен до", "date");
    private static final Catalog.Header MEMBER = new Catalog.Header("Менеджер", "member");
    private static final Catalog.Header TEXT = new Catalog.Header("Название", "text");

    @Autowired
    CellValues cellValues;

    @Autowired
    JdbcClient jdbc;

    long org;
    String email;
    String fullName;

    @BeforeEach
    void createMember() {
        var fixtures = new TestOrganizations(jdbc);
        org = fixtures.organization();
        fullName = "Ирина " + UUID.randomUUID();
        email = "Irina." + UUID.randomUUID() + "@Example.test";
        jdbc.sql("insert into members (org_id, email, first_name, last_name) values (:org, :email, 'Ирина', :last)")
                .param("org", org).param("email", email).param("last", fullName.substring("Ирина ".length()))
                .update();
    }

    private String normalize(Catalog.Header column, String raw) {
        return cellValues.normalize(org, column, "K-1", raw);
    }

    @Test
    void numbersAcceptHumanSeparators() {
        assertThat(normalize(NUMBER, "1 234,50")).isEqualTo("1234.50");
        assertThat(normalize(NUMBER, "1\u00A0234,5")).isEqualTo("1234.5");
        assertThat(normalize(NUMBER, "1234.5")).isEqualTo("1234.5");
        assertThat(normalize(NUMBER, "-3")).isEqualTo("-3");
        assertThat(normalize(NUMBER, "1,234.50")).isEqualTo("1234.50");
        assertThat(normalize(NUMBER, "1.234,50")).isEqualTo("1234.50");
        assertThat(normalize(NUMBER, " 7 ")).isEqualTo("7");
    }

    @Test
    void moneyRoundsHalfUpToCents() {
        assertThat(normalize(MONEY, "1 234,5")).isEqualTo("1234.50");
        assertThat(normalize(MONEY, "0.125")).isEqualTo("0.13");
        assertThat(normalize(MONEY, "-0.125")).isEqualTo("-0.13");
        assertThat(normalize(MONEY, "10")).isEqualTo("10.00");
    }

    @Test
    void datesBecomeIso() {
        assertThat(normalize(DATE, "31.12.2026")).isEqualTo("2026-12-31");
        assertThat(normalize(DATE, "1.2.2026")).isEqualTo("2026-02-01");
        assertThat(normalize(DATE, "2026-12-31")).isEqualTo("2026-12-31");
        assertThat(normalize(DATE, "2026-12-31T00:00:00")).isEqualTo("2026-12-31");
        assertThat(normalize(DATE, "2026-12-31 00:00")).isEqualTo("2026-12-31");
    }

    @Test
    void membersBecomeLowerCaseEmail() {
        String stored = email.toLowerCase(java.util.Locale.ROOT);

        assertThat(normalize(MEMBER, email.toUpperCase(java.util.Locale.ROOT))).isEqualTo(stored);
        assertThat(normalize(MEMBER, fullName)).isEqualTo(stored);
    }

    @Test
    void emptyCellsStayEmpty() {
        for (Catalog.Header column : List.of(NUMBER, MONEY, DATE, MEMBER, TEXT)) {
            assertThat(normalize(column, "")).as(column.type()).isEmpty();
            assertThat(normalize(column, null)).as(column.type()).isEmpty();
        }
    }

    @Test
    void textIsKeptAsSent() {
        assertThat(normalize(TEXT, "  Капсулы, 10 шт. ")).isEqualTo("  Капсулы, 10 шт. ");
    }

    @Test
    void rejectsValuesThatDoNotFit() {
        List<List<Object>> cases = List.of(
                List.of(NUMBER, "двенадцать"), List.of(NUMBER, "1,2,3"), List.of(MONEY, "12 руб"),
                List.of(DATE, "31.02.2026"), List.of(DATE, "2026-12-31T10:30:00"), List.of(DATE, "завтра"),
                List.of(MEMBER, "nobody@example.test"), List.of(MEMBER, "Никто Никтович"));
        for (List<Object> invalid : cases) {
            Catalog.Header column = (Catalog.Header) invalid.get(0);
            String raw = (String) invalid.get(1);
            assertThatThrownBy(() -> normalize(column, raw)).as(raw)
                    .isInstanceOf(CatalogValueInvalid.class)
                    .extracting(e -> List.of(((CatalogValueInvalid) e).arguments()))
                    .isEqualTo(List.of("K-1", column.name(), raw));
        }
    }

    @Test
    void blockedMemberIsNotFoundByName() {
        new TestOrganizations(jdbc).ban(memberId());

        assertThatThrownBy(() -> normalize(MEMBER, fullName)).isInstanceOf(CatalogValueInvalid.class);
    }

    @Test
    void memberOfAnotherOrganisationIsRejected() {
        long otherOrg = new TestOrganizations(jdbc).organization();

        assertThatThrownBy(() -> cellValues.normalize(otherOrg, MEMBER, "K-1", email))
                .isInstanceOf(CatalogValueInvalid.class);
    }

    @Test
    void rowProblemsListEveryBadCell() {
        RowNormalizer rows = cellValues.forColumns(org, List.of(TEXT, NUMBER, DATE));

        List<PotokException> problems = rows.problems(List.of("", "много", "вчера", "лишняя"));

        assertThat(problems).extracting(PotokException::code).containsExactly(
                "catalog_key_missing", "catalog_value_invalid", "catalog_value_invalid", "catalog_row_too_long");
    }

    @Test
    void rowIsNormalizedAndPadded() {
        RowNormalizer rows = cellValues.forColumns(org, List.of(TEXT, NUMBER, DATE));

        assertThat(rows.row(List.of(" A-1 ", "1 000"))).containsExactly("A-1", "1000", "");
        assertThat(rows.problems(List.of("A-1", "2", "01.01.2027", ""))).isEmpty();
    }

    private long memberId() {
        return jdbc.sql("select id from members where email = :email").param("email", email).query(Long.class).single();
    }
}
