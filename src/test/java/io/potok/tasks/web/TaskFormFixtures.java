package io.potok.tasks.web;

import java.time.ZoneId;
import java.util.List;
import java.util.Locale;

import io.potok.TestOrganizations;
import io.potok.catalogs.Catalog;
import io.potok.catalogs.Catalogs;
import io.potok.forms.AccessLevel;
import io.potok.forms.FieldDefinition;
import io.potok.forms.FieldSettings;
import io.potok.forms.FieldSettings.ChoiceOption;
import io.potok.forms.FieldSettings.Computation;
import io.potok.forms.FieldType;
import io.potok.forms.Form;
import io.potok.forms.FormDefinition;
import io.potok.forms.FormGrant;
import io.potok.forms.Forms;
import io.potok.forms.RouteDefinition;
import io.potok.identity.CurrentMember;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * An organisation with a products catalog, a form that has a field of every type, a member who may use
 * the form and one who may not.
 */
final class TaskFormFixtures {

    final long orgId;
    final Catalog products;
    final Form form;
    final CurrentMember user;
    final CurrentMember outsider;

    TaskFormFixtures(JdbcClient jdbc, Forms forms, Catalogs catalogs) {
        TestOrganizations organizations = new TestOrganizations(jdbc);
        orgId = organizations.organization();
        long userId = organizations.member(orgId, null);
        long outsiderId = organizations.member(orgId, null);
        products = catalogs.create(orgId, "Products", List.of(new Catalog.Header("Name", "text"),
                        new Catalog.Header("Price", "money"), new Catalog.Header("Stock", "number")),
                List.of(List.of("Capsules Espresso", "450", "120"), List.of("Capsules Lungo", "480", "0"),
                        List.of("Machine Barista", "25000", "4")));
        form = forms.create(orgId, "Orders " + userId, definition(products.id()), null);
        forms.grant(orgId, form.id(), FormGrant.member(userId, AccessLevel.MEMBER));
        user = member(userId, Locale.forLanguageTag("ru"));
        outsider = member(outsiderId, Locale.forLanguageTag("ru"));
    }

    CurrentMember member(long memberId, Locale locale) {
        return new CurrentMember(memberId, orgId, memberId + "@test.local", "Test Member", false, locale,
                ZoneId.of("Asia/Yekaterinburg"));
    }

    CurrentMember inEnglish(CurrentMember member) {
        return member(member.memberId(), Locale.ENGLISH);
    }

    static FormDefinition definition(long catalogId) {
        List<ChoiceOption> options = List.of(new ChoiceOption(1, "Marketplace"), new ChoiceOption(2, "Retail"));
        FieldDefinition product = FieldDefinition.of(31, "Product", FieldType.CATALOG)
                .withInfo(FieldSettings.catalog(catalogId));
        FieldDefinition quantity = FieldDefinition.of(32, "Quantity", FieldType.NUMBER);
        FieldDefinition price = FieldDefinition.of(33, "Price", FieldType.MONEY).withInfo(FieldSettings.decimals(2));
        FieldDefinition lineTotal = FieldDefinition.of(34, "Line total", FieldType.MONEY)
                .withInfo(FieldSettings.decimals(2).computedAs(Computation.product(32, 33)));
        return new FormDefinition(List.of(
                FieldDefinition.of(1, "Subject", FieldType.TEXT).requiredFrom(0),
                FieldDefinition.of(2, "Comment", FieldType.TEXT).withInfo(FieldSettings.multilineText()),
                FieldDefinition.of(3, "Discount", FieldType.NUMBER).withInfo(FieldSettings.decimals(1)),
                FieldDefinition.of(4, "Ship on", FieldType.DATE),
                FieldDefinition.of(5, "Call at", FieldType.TIME),
                FieldDefinition.of(6, "Due", FieldType.DUE_DATE),
                FieldDefinition.of(7, "Deliver by", FieldType.DUE_DATE_TIME),
                FieldDefinition.of(8, "Paid", FieldType.CHECKMARK),
                FieldDefinition.of(9, "Urgent", FieldType.FLAG),
                FieldDefinition.of(10, "Client type", FieldType.MULTIPLE_CHOICE)
                        .withInfo(FieldSettings.choices(false, options)),
                FieldDefinition.of(11, "Channels", FieldType.MULTIPLE_CHOICE)
                        .withInfo(FieldSettings.choices(true, options)),
                FieldDefinition.of(12, "Manager", FieldType.PERSON),
                FieldDefinition.of(13, "Main product", FieldType.CATALOG).withInfo(FieldSettings.catalog(catalogId)),
                FieldDefinition.of(20, "Contacts", FieldType.TITLE).withFields(List.of(
                        FieldDefinition.of(21, "Email", FieldType.EMAIL),
                        FieldDefinition.of(22, "Phone", FieldType.PHONE),
                        FieldDefinition.of(23, "Hint", FieldType.NOTE)
                                .withInfo(FieldSettings.note("Call before delivery")))),
                FieldDefinition.of(30, "Lines", FieldType.TABLE).withFields(List.of(product, quantity, price, lineTotal)),
                FieldDefinition.of(40, "Total", FieldType.MONEY)
                        .withInfo(FieldSettings.decimals(2).computedAs(Computation.sum(34))),
                FieldDefinition.of(50, "Step", FieldType.STEP),
                FieldDefinition.of(51, "Author", FieldType.AUTHOR)), RouteDefinition.NONE);
    }
}
