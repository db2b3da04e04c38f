package io.potok.processes;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;

import io.potok.PotokTest;
import io.potok.demo.DemoWorkspace;
import io.potok.forms.FieldSettings.CatalogPicking;
import io.potok.forms.Form;
import io.potok.forms.FormDefinition;
import io.potok.forms.Forms;
import io.potok.identity.CurrentMember;
import io.potok.identity.Members;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A process file keeps the picking rules of catalog fields: filters, shown columns and copies.
 */
@PotokTest
class PickingRoundTripTests {

    @Autowired
    ProcessFiles files;

    @Autowired
    Forms forms;

    @Autowired
    Members members;

    @Autowired
    JdbcClient jdbc;

    @Test
    void ordersKeepPickingRulesThroughFile() {
        ProcessFixtures fixtures = new ProcessFixtures(jdbc, members);
        CurrentMember demoAdmin = fixtures.demoAdmin();
        Form demoOrders = forms.list(fixtures.demoOrg()).stream()
                .filter(form -> form.name().equals(DemoWorkspace.ORDERS_FORM)).findFirst().orElseThrow();
        String text = files.write(files.export(demoAdmin, demoOrders.id(), true), ProcessFormat.YAML,
                Locale.forLanguageTag("ru"));
        ProcessDocument read = files.read(text, ProcessFormat.YAML);
        ProcessDocument withoutMembers = new ProcessDocument(read.formatVersion(), read.name(), read.definition(),
                read.catalogs(), read.access().stream().filter(grant -> grant.member() == null).toList());

        Form imported = files.create(fixtures.freshAdmin(), withoutMembers);

        assertThat(text).contains("shownColumns", "copies", "filters");
        assertThat(picking(imported.definition(), DemoWorkspace.CLIENT)).isEqualTo(picking(demoOrders.definition(), DemoWorkspace.CLIENT));
        assertThat(picking(imported.definition(), DemoWorkspace.LINE_PRODUCT))
                .isEqualTo(picking(demoOrders.definition(), DemoWorkspace.LINE_PRODUCT))
                .isNotEqualTo(CatalogPicking.NONE);
    }

    private static CatalogPicking picking(FormDefinition definition, int fieldId) {
        return definition.field(fieldId).orElseThrow().info().pickingOrNone();
    }
}
