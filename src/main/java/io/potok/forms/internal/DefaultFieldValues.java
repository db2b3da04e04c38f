package io.potok.forms.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.function.LongFunction;

import io.potok.catalogs.Catalogs;
import io.potok.forms.FieldDefinition;
import io.potok.forms.FieldValueInvalid;
import io.potok.forms.FieldValues;
import io.potok.forms.LinkedRecords;
import io.potok.forms.Form;
import io.potok.forms.FormDefinition;
import io.potok.forms.TaskFacts;
import io.potok.identity.Members;
import io.potok.identity.Organizations;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The value codec of task fields: parses and validates writes, computes derived fields, and renders and
 * formats stored values. Catalog items and persons are checked against {@link Catalogs} and {@link Members}.
 */
@Component
class DefaultFieldValues implements FieldValues {

    /** The zone of {@code today()} in formulas for codecs built without organisations, as in unit tests. */
    static final ZoneId DEFAULT_ZONE = ZoneId.of("Europe/Moscow");

    private final JsonMapper json;
    private final ValueUpdates updates;
    private final ValueRendering rendering;
    private final ValueDisplay display;
    private final LongFunction<LocalDate> today;

    @Autowired
    DefaultFieldValues(Catalogs catalogs, Members members, LinkedRecords linkedRecords, JsonMapper json,
                       Clock clock, Organizations organizations) {
        this(catalogs, members, linkedRecords, json, clock, organizations::timeZone);
    }

    /** Creates a codec for forms without form_link, file and project fields, as unit tests use it. */
    DefaultFieldValues(Catalogs catalogs, Members members, JsonMapper json, Clock clock) {
        this(catalogs, members, NoLinkedRecords.INSTANCE, json, clock, orgId -> DEFAULT_ZONE);
    }

    /**
     * @param zones the time zone of each organisation, in which {@code today()} in a formula takes the date
     */
    private DefaultFieldValues(Catalogs catalogs, Members members, LinkedRecords linkedRecords, JsonMapper json,
                               Clock clock, LongFunction<ZoneId> zones) {
        PersonValues persons = new PersonValues(members);
        CatalogValues catalogItems = new CatalogValues(catalogs);
        LinkedValues linked = LinkedValues.of(linkedRecords);
        ValueParser parser = new ValueParser(persons, catalogItems, linked);
        PickingConditions conditions = new PickingConditions(catalogs, new FilterOperands(catalogs, members));
        this.json = json;
        this.today = orgId -> LocalDate.now(clock.withZone(zones.apply(orgId)));
        this.updates = new ValueUpdates(parser, today,
                new ColumnCopies(catalogs, parser), new FilterChecks(catalogs, conditions));
        this.rendering = new ValueRendering(persons, catalogItems, linked);
        this.display = new ValueDisplay(persons, catalogItems, linked);
    }

    @Override
    public ValuesChange apply(long orgId, Form form, ObjectNode current, List<JsonNode> updateList) {
        ObjectNode start = current == null ? json.createObjectNode() : current;
        return updates.apply(orgId, form, start, updateList == null ? List.of() : updateList);
    }

    @Override
    public ValuesChange applyToNew(long orgId, Form form, List<JsonNode> updateList) {
        return updates.applyToNew(orgId, form, json.createObjectNode(), updateList == null ? List.of() : updateList);
    }

    @Override
    public JsonNode compute(long orgId, Form form, ObjectNode values, int fieldId, String formula) {
        FieldDefinition target = form.definition().fields().stream().filter(field -> field.id() == fieldId)
                .findFirst().orElseThrow(() -> new FieldValueInvalid("unknown_field", String.valueOf(fieldId), formula));
        FieldDefinition computed = target.withInfo(target.info().withFormula(formula));
        List<FieldDefinition> fields = form.definition().fields().stream()
                .map(field -> field.id() == fieldId ? computed : field).toList();
        FormDefinition withFormula = new FormDefinition(fields, form.definition().route(), form.definition().stock(),
                form.definition().automation());
        ObjectNode copy = values == null ? json.createObjectNode() : values.deepCopy();

        Computations.recompute(withFormula, copy, () -> today.apply(orgId));
        return copy.get(String.valueOf(fieldId));
    }

    @Override
    public void checkRequired(Form form, ObjectNode values, int step) {
        RequiredFields.check(form, values == null ? json.createObjectNode() : values, step);
    }

    @Override
    public ArrayNode render(long orgId, Form form, ObjectNode values, TaskFacts facts) {
        return rendering.render(orgId, form, values == null ? json.createObjectNode() : values, facts);
    }

    @Override
    public String display(long orgId, FieldDefinition field, JsonNode value, Locale locale) {
        return display.display(orgId, field, value, locale);
    }
}
