package io.potok.workflow.web;

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
import io.potok.forms.FormDrafts;
import io.potok.forms.RouteDefinition;
import io.potok.identity.CurrentMember;
import io.potok.identity.Members;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * Builds the {@link RouteDesignerPage}: the draft's route and the fields, members, roles and catalog items
 * its condition and assignee editors offer.
 */
@Component
class RouteDesignerPages {

    /** Catalog items offered in a condition's picker; larger catalogs take the rest by item id. */
    static final int CATALOG_PICKER_SIZE = 500;

    /** Field types whose stored values a condition cannot compare. */
    private static final Set<FieldType> NOT_COMPARABLE = Set.of(FieldType.TABLE, FieldType.TITLE, FieldType.NOTE,
            FieldType.FILE, FieldType.STEP, FieldType.STATUS, FieldType.CREATION_DATE, FieldType.AUTHOR,
            FieldType.FORM_LINK, FieldType.PROJECT);

    private final FormDrafts drafts;
    private final Members members;
    private final Catalogs catalogs;
    private final JsonMapper json;
    private final MessageSource messages;

    RouteDesignerPages(FormDrafts drafts, Members members, Catalogs catalogs, JsonMapper json,
                       MessageSource messages) {
        this.drafts = drafts;
        this.members = members;
        this.catalogs = catalogs;
        this.json = json;
        this.messages = messages;
    }

    RouteDesignerPage build(CurrentMember member, Form form, Locale locale) {
        FormDefinition draft = drafts.draftOrCurrent(member.orgId(), form.id());
        List<FieldDefinition> fields = comparableFields(draft).toList();

        Map<String, Object> data = new LinkedHashMap<>();
        data.put("route", draft.route());
        data.put("fields", fields.stream().map(RouteDesignerPages::fieldEntry).toList());
        data.put("members", members.list(member.orgId()).stream()
                .filter(person -> !person.banned())
                .map(person -> Map.of("id", person.id(), "name", person.displayName())).toList());
        data.put("roles", members.roles(member.orgId()).stream().filter(role -> !role.banned())
                .map(role -> Map.of("id", role.id(), "name", role.name())).toList());
        data.put("catalogItems", catalogItems(member.orgId(), fields));
        data.put("memberColumns", memberColumns(member.orgId(), fields));
        data.put("labels", labels(locale));
        return new RouteDesignerPage(form.id(), form.name(), form.version(), json.writeValueAsString(data));
    }

    /**
     * Returns the fields whose values are stored at the top level of a task: top-level fields, the fields of
     * sections and of choice options, but not table columns, which live inside their table's rows.
     */
    static Stream<FieldDefinition> comparableFields(FormDefinition definition) {
        return definition.fieldsStoredAtTopLevel().filter(field -> !NOT_COMPARABLE.contains(field.type()));
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

    /** Returns the texts the page script shows, keyed by message key without the common prefix. */
    private Map<String, String> labels(Locale locale) {
        Map<String, String> labels = new LinkedHashMap<>();
        Stream.of(Condition.Operator.values()).map(Condition.Operator::wireName)
                .forEach(operator -> labels.put("op." + operator, text("routeDesigner.op." + operator, locale)));
        Stream.of(RouteDefinition.Assignees.Kind.values()).map(RouteDefinition.Assignees.Kind::wireName)
                .forEach(kind -> labels.put("kind." + kind, text("routeDesigner.kind." + kind, locale)));
        Stream.of("saving", "saved", "saveFailed", "testFailed", "checked", "unchecked", "newStep", "returnTo")
                .forEach(key -> labels.put(key, text("routeDesigner." + key, locale)));
        return labels;
    }

    private String text(String key, Locale locale) {
        return messages.getMessage(key, null, key, locale);
    }

    private Map<Long, List<Map<String, Object>>> catalogItems(long orgId, List<FieldDefinition> fields) {
        Map<Long, List<Map<String, Object>>> items = new LinkedHashMap<>();
        catalogIds(fields).forEach(catalogId -> items.put(catalogId, catalogEntries(orgId, catalogId)));
        return items;
    }

    /** Returns the names of each catalog's member columns, which a catalog_member rule picks from. */
    private Map<Long, List<String>> memberColumns(long orgId, List<FieldDefinition> fields) {
        Map<Long, List<String>> columns = new LinkedHashMap<>();
        catalogIds(fields).forEach(catalogId -> catalogs.find(orgId, catalogId).ifPresent(catalog ->
                columns.put(catalogId, catalog.headers().stream().filter(header -> "member".equals(header.type()))
                        .map(Catalog.Header::name).toList())));
        return columns;
    }

    private static Stream<Long> catalogIds(List<FieldDefinition> fields) {
        return fields.stream().filter(field -> field.type() == FieldType.CATALOG && field.info().catalogId() != null)
                .map(field -> field.info().catalogId()).distinct();
    }

    private List<Map<String, Object>> catalogEntries(long orgId, long catalogId) {
        List<Map<String, Object>> entries = new ArrayList<>();
        for (CatalogItem item : catalogs.itemsAfter(orgId, catalogId, 0, CATALOG_PICKER_SIZE)) {
            entries.add(Map.of("id", item.id(), "name", item.values().isEmpty() ? "#" + item.id() : item.values().get(0)));
        }
        return entries;
    }
}
