package io.potok.automation.internal.schedules;

import java.util.List;
import java.util.Optional;

import io.potok.forms.Form;
import io.potok.forms.FormPublished;
import io.potok.forms.Forms;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Keeps the list of forms whose latest version has schedules, so the minute checks load only those forms.
 * A form joins the list when a version with schedules is published and leaves it when one without is.
 */
@Component
class ScheduledForms {

    private final JdbcClient jdbc;
    private final Forms forms;

    ScheduledForms(JdbcClient jdbc, Forms forms) {
        this.jdbc = jdbc;
        this.forms = forms;
    }

    @EventListener
    void on(FormPublished event) {
        Optional<Form> form = forms.find(event.orgId(), event.formId());
        boolean scheduled = form.map(found -> !found.definition().automation().schedules().isEmpty()).orElse(false);
        if (scheduled) {
            jdbc.sql("insert into schedule_forms (form_id, org_id) values (:form, :org) on conflict do nothing")
                    .param("form", event.formId()).param("org", event.orgId()).update();
        } else {
            jdbc.sql("delete from schedule_forms where form_id = :form").param("form", event.formId()).update();
        }
    }

    /** Loads the latest version of every live form with schedules. */
    List<Form> all() {
        return load(jdbc.sql("select org_id, form_id from schedule_forms order by form_id"));
    }

    /** Loads the latest version of the organisation's live forms with schedules. */
    List<Form> ofOrganization(long orgId) {
        return load(jdbc.sql("select org_id, form_id from schedule_forms where org_id = :org order by form_id")
                .param("org", orgId));
    }

    private List<Form> load(JdbcClient.StatementSpec query) {
        return query.query((row, number) -> forms.find(row.getLong("org_id"), row.getLong("form_id")))
                .list().stream()
                .flatMap(Optional::stream)
                .filter(form -> !form.archived())
                .toList();
    }
}
