package io.potok.forms.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import io.potok.catalogs.Catalog;
import io.potok.catalogs.Catalogs;
import io.potok.forms.DefinitionCheck;
import io.potok.forms.DefinitionProblem;
import io.potok.forms.FieldDefinition;
import io.potok.forms.FieldSettings.CatalogPicking;
import io.potok.forms.FieldSettings.ColumnCopy;
import io.potok.forms.FieldSettings.ItemFilter;
import io.potok.forms.FieldType;
import io.potok.forms.FormDefinition;
import org.springframework.stereotype.Component;

/**
 * Rejects picking rules of catalog fields that could never work. These are a filter, shown column or copy on
 * a column the catalog lacks, and a filter without a value or on a field the form lacks. So is a copy into a
 * missing or computed field, or into a field whose type cannot take the column's values. A catalog column of
 * a table may read and write the columns of its row. Every catalog field may use fields stored at the top
 * level.
 */
@Component
class CatalogPickingCheck implements DefinitionCheck {

    /** The field types each catalog column type can be copied into. */
    private static final Map<String, Set<FieldType>> TARGETS = Map.of(
            "text", Set.of(FieldType.TEXT, FieldType.EMAIL, FieldType.PHONE, FieldType.MULTIPLE_CHOICE),
            "number", Set.of(FieldType.NUMBER, FieldType.MONEY, FieldType.TEXT),
            "money", Set.of(FieldType.MONEY, FieldType.NUMBER, FieldType.TEXT),
            "date", Set.of(FieldType.DATE, FieldType.DUE_DATE, FieldType.TEXT),
            "member", Set.of(FieldType.PERSON, FieldType.EMAIL, FieldType.TEXT));

    private final Catalogs catalogs;

    CatalogPickingCheck(Catalogs catalogs) {
        this.catalogs = catalogs;
    }

    @Override
    public List<DefinitionProblem> check(long orgId, Long formId, FormDefinition definition) {
        List<DefinitionProblem> problems = new ArrayList<>();
        List<FieldDefinition> topLevel = ValueUpdates.storedFields(definition).toList();
        for (FieldDefinition field : topLevel) {
            if (field.type() == FieldType.CATALOG) {
                checkField(orgId, field, topLevel, problems);
            } else if (field.type() == FieldType.TABLE) {
                field.fields().stream()
                        .filter(column -> column.type() == FieldType.CATALOG)
                        .forEach(column -> checkField(orgId, column, sameRowOrTopLevel(field, topLevel), problems));
            }
        }
        return problems;
    }

    private static List<FieldDefinition> sameRowOrTopLevel(FieldDefinition table, List<FieldDefinition> topLevel) {
        List<FieldDefinition> reachable = new ArrayList<>(table.fields());
        reachable.addAll(topLevel);
        return reachable;
    }

    private void checkField(long orgId, FieldDefinition field, List<FieldDefinition> reachable,
                            List<DefinitionProblem> problems) {
        CatalogPicking picking = field.info().pickingOrNone();
        Optional<Catalog> catalog = Optional.ofNullable(field.info().catalogId())
                .flatMap(catalogId -> catalogs.find(orgId, catalogId));
        if (picking.equals(CatalogPicking.NONE) || catalog.isEmpty()) {
            return;
        }
        List<String> columns = catalog.get().headers().stream().map(Catalog.Header::name).toList();
        for (ItemFilter filter : picking.filters()) {
            checkFilter(field, filter, columns, catalog.get(), reachable, problems);
        }
        for (String shown : picking.shownColumns()) {
            if (PickingConditions.indexOf(columns, shown) < 0) {
                problems.add(DefinitionProblem.of("catalog_shown_unknown_column", field.name(), shown, catalog.get().name()));
            }
        }
        for (ColumnCopy copy : picking.copies()) {
            checkCopy(field, copy, catalog.get(), reachable, problems);
        }
    }

    private static void checkFilter(FieldDefinition field, ItemFilter filter, List<String> columns, Catalog catalog,
                                    List<FieldDefinition> reachable, List<DefinitionProblem> problems) {
        if (PickingConditions.indexOf(columns, filter.column()) < 0) {
            problems.add(DefinitionProblem.of("catalog_filter_unknown_column", field.name(), String.valueOf(filter.column()),
                    catalog.name()));
        }
        if (filter.fieldId() == null && (filter.value() == null || filter.value().isBlank())) {
            problems.add(DefinitionProblem.of("catalog_filter_without_value", field.name(), String.valueOf(filter.column())));
        }
        if (filter.fieldId() != null && find(reachable, filter.fieldId()).filter(source -> source.id() != field.id()).isEmpty()) {
            problems.add(DefinitionProblem.of("catalog_filter_unknown_field", field.name(), String.valueOf(filter.fieldId())));
        }
    }

    private static void checkCopy(FieldDefinition field, ColumnCopy copy, Catalog catalog,
                                  List<FieldDefinition> reachable, List<DefinitionProblem> problems) {
        List<String> columns = catalog.headers().stream().map(Catalog.Header::name).toList();
        int columnIndex = PickingConditions.indexOf(columns, copy.column());
        Optional<FieldDefinition> target = find(reachable, copy.fieldId());
        if (columnIndex < 0) {
            problems.add(DefinitionProblem.of("catalog_copy_unknown_column", field.name(), String.valueOf(copy.column()),
                    catalog.name()));
        } else if (target.isEmpty()) {
            problems.add(DefinitionProblem.of("catalog_copy_unknown_field", field.name(), copy.column(),
                    String.valueOf(copy.fieldId())));
        } else if (target.get().info().computesValue()) {
            problems.add(DefinitionProblem.of("catalog_copy_computed_field", field.name(), copy.column(), target.get().name()));
        } else if (!TARGETS.getOrDefault(catalog.headers().get(columnIndex).type(), Set.of()).contains(target.get().type())) {
            problems.add(DefinitionProblem.of("catalog_copy_type_mismatch", field.name(), copy.column(),
                    catalog.headers().get(columnIndex).type(), target.get().name()));
        }
    }

    private static Optional<FieldDefinition> find(List<FieldDefinition> fields, int fieldId) {
        return fields.stream().filter(candidate -> candidate.id() == fieldId).findFirst();
    }
}
