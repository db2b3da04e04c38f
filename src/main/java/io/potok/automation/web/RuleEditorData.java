package io.potok.automation.web;

import java.time.DayOfWeek;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import io.potok.catalogs.Catalog;
import io.potok.catalogs.CatalogItem;
import io.potok.catalogs.Catalogs;
import io.potok.forms.Condition;
import io.potok.forms.FieldDefinition;
import io.potok.forms.FieldType;
import io.potok.forms.Form;
import io.potok.forms.FormDefinition;
import io.potok.forms.Forms;
import io.potok.forms.Recurrence;
import io.potok.forms.RouteDefinition;
import io.potok.forms.RuleDefinition;
import io.potok.identity.Members;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * Builds the JSON the rule editor's script starts from: the draft's rules and the fields, steps, members,
 * roles, catalog items and columns, forms and webhook subscriptions that its triggers, conditions and actions
 * pick from, with the labels the script shows.
 */
@Component
class RuleEditorData {

    /** Catalog items offered in a condition's picker; larger catalogs take the rest by item id. */
    static final int CATALOG_PICKER_SIZE = 500;

    /** Field types whose stored values neither a condition nor an action can use. */
    private static final Set<FieldType> NOT_USABLE = Set.of(FieldType.TABLE, FieldType.TITLE, FieldType.NOTE,
            FieldType.FILE, FieldType.STEP, FieldType.STATUS, FieldType.CREATION_DATE, FieldType.AUTHOR,
            FieldType.FORM_LINK, FieldType.PROJECT);

    private final Forms forms;
    private final Members members;
    private final Catalogs catalogs;
    private final JsonMapper json;
    private final MessageSource messages;

    RuleEditorData(Forms forms, Members members, Catalogs catalogs, JsonMapper json, MessageSource messages) {
        this.forms = forms;
        this.members = members;
        this.catalogs = catalogs;
        this.json = json;
        this.messages = messages;
    }

    String build(long orgId, FormDefinition draft, Locale locale) {
        List<FieldDefinition> fields = usableFields(draft).toList();

        Map<String, Object> data = new LinkedHashMap<>();
        data.put("rules", draft.automation().rules());
        data.put("fields", fields.stream().map(RuleEditorData::fieldEntry).toList());
        data.put("steps", draft.route().steps().stream()
                .map(step -> Map.of("number", step.number(), "name", step.name() == null ? "" : step.name())).toList());
        data.put("members", members.list(orgId).stream().filter(person -> !person.banned() && !person.bot())
                .map(person -> Map.of("id", person.id(), "name", person.displayName())).toList());
        data.put("roles", members.roles(orgId).stream().filter(role -> !role.banned())
                .map(role -> Map.of("id", role.id(), "name", role.name())).toList());
        data.put("catalogItems", catalogItems(orgId, fields));
        data.put("catalogColumns", catalogColumns(orgId, fields));
        data.put("forms", formEntries(orgId));
        data.put("webhooks", draft.automation().webhooks().stream()
                .map(webhook -> Map.of("id", webhook.id(), "name", webhook.name() == null ? webhook.id() : webhook.name()))
                .toList());
        data.put("labels", labels(locale));
        return json.writeValueAsString(data);
    }

    /**
     * Returns the fields whose values are stored at the top level of a task and that rules can compare or
     * set: top-level fields, the fields of sections and of choice options, but not table columns.
     */
    static Stream<FieldDefinition> usableFields(FormDefinition definition) {
        return definition.fieldsStoredAtTopLevel().filter(field -> !NOT_USABLE.contains(field.type()));
    }

    private static Map<String, Object> fieldEntry(FieldDefinition field) {
        Map<String, Object> entry = new LinkedHashMap<>();
        entry.put("id", field.id());
        entry.put("name", field.name());
        entry.put("type", field.type().wireName());
        entry.put("options", field.info().options().stream()
                .map(option -> Map.of("id", option.id(), "name", option.value())).toList());
        entry.put("catalogId", field.info().catalogId());
        return entry;
    }

    private List<Map<String, Object>> formEntries(long orgId) {
        return forms.list(orgId).stream().filter(form -> !form.archived())
                .map(RuleEditorData::formEntry).toList();
    }

    private static Map<String, Object> formEntry(Form form) {
        List<Map<String, Object>> fields = usableFields(form.definition())
                .map(field -> Map.<String, Object>of("id", field.id(), "name", field.name())).toList();
        return Map.of("id", form.id(), "name", form.name(), "fields", fields);
    }

    private Map<Long, List<Map<String, Object>>> catalogItems(long orgId, List<FieldDefinition> fields) {
        Map<Long, List<Map<String, Object>>> items = new LinkedHashMap<>();
        catalogIds(fields).forEach(catalogId -> items.put(catalogId, catalogEntries(orgId, catalogId)));
        return items;
    }

    private List<Map<String, Object>> catalogEntries(long orgId, long catalogId) {
        List<Map<String, Object>> entries = new ArrayList<>();
        for (CatalogItem item : catalogs.itemsAfter(orgId, catalogId, 0, CATALOG_PICKER_SIZE)) {
            entries.add(Map.of("id", item.id(), "name", item.values().isEmpty() ? "#" + item.id() : item.values().get(0)));
        }
        return entries;
    }

    /** Returns the column names of each catalog behind a field, which a condition can compare. */
    private Map<Long, List<String>> catalogColumns(long orgId, List<FieldDefinition> fields) {
        Map<Long, List<String>> columns = new LinkedHashMap<>();
        catalogIds(fields).forEach(catalogId -> catalogs.find(orgId, catalogId).ifPresent(catalog ->
                columns.put(catalogId, catalog.headers().stream().map(Catalog.Header::name).toList())));
        return columns;
    }

    private static Stream<Long> catalogIds(List<FieldDefinition> fields) {
        return fields.stream().filter(field -> field.type() == FieldType.CATALOG && field.info().catalogId() != null)
                .map(field -> field.info().catalogId()).distinct();
    }

    /** Returns the texts the page script shows, keyed by message key without its prefix. */
    private Map<String, String> labels(Locale locale) {
        Map<String, String> labels = new LinkedHashMap<>();
        Stream.of(Condition.Operator.values()).map(Condition.Operator::wireName)
                .forEach(operator -> labels.put("op." + operator, text("routeDesigner.op." + operator, locale)));
        Stream.of(RouteDefinition.Assignees.Kind.values()).map(RouteDefinition.Assignees.Kind::wireName)
                .forEach(kind -> labels.put("kind." + kind, text("routeDesigner.kind." + kind, locale)));
        Stream.of(RuleDefinition.TriggerKind.values()).map(RuleDefinition.TriggerKind::wireName)
                .forEach(kind -> labels.put("trigger." + kind, text("ruleEditor.trigger." + kind, locale)));
        Stream.of(RuleDefinition.ActionKind.values()).map(RuleDefinition.ActionKind::wireName)
                .forEach(kind -> labels.put("action." + kind, text("ruleEditor.action." + kind, locale)));
        Stream.of(Recurrence.Frequency.values()).map(Recurrence.Frequency::wireName)
                .forEach(frequency -> labels.put("frequency." + frequency, text("ruleEditor.frequency." + frequency, locale)));
        Stream.of(DayOfWeek.values()).forEach(day ->
                labels.put("day." + day.name(), day.getDisplayName(TextStyle.SHORT_STANDALONE, locale)));
        Stream.of("saving", "saved", "saveFailed", "newRule", "copyOf", "checked", "unchecked")
                .forEach(key -> labels.put(key, text("ruleEditor." + key, locale)));
        return labels;
    }

    private String text(String key, Locale locale) {
        return messages.getMessage(key, null, key, locale);
    }
}
