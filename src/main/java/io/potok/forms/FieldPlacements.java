package io.potok.forms;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import io.potok.forms.FieldSettings.ChoiceOption;
import io.potok.forms.FormComparison.PlacedField;

/**
 * The place of each field of one definition: the field that contains it and, for fields shown under a
 * choice, the choice. A field id that occurs twice counts at its first place.
 */
final class FieldPlacements {

    private final Map<Integer, FieldDefinition> fields = new LinkedHashMap<>();
    private final Map<Integer, Place> places = new LinkedHashMap<>();

    private FieldPlacements() {
    }

    static FieldPlacements of(FormDefinition definition) {
        FieldPlacements placements = new FieldPlacements();
        placements.collect(definition.fields(), null, null);
        return placements;
    }

    private void collect(List<FieldDefinition> children, FieldDefinition parent, Integer optionId) {
        for (FieldDefinition field : children) {
            if (fields.putIfAbsent(field.id(), field) == null) {
                places.put(field.id(), new Place(parent, optionId));
            }
            collect(field.fields(), field, null);
            for (ChoiceOption option : field.info().options()) {
                collect(option.fields(), field, option.id());
            }
        }
    }

    /** Returns the fields in display order, depth first. */
    List<FieldDefinition> fields() {
        return List.copyOf(fields.values());
    }

    FieldDefinition field(int id) {
        return fields.get(id);
    }

    boolean contains(int id) {
        return fields.containsKey(id);
    }

    Place place(int id) {
        return places.get(id);
    }

    /** Returns the fields that the other definition does not have, each with its parent here. */
    List<PlacedField> onlyHere(FieldPlacements other) {
        List<PlacedField> result = new ArrayList<>();
        fields.values().stream()
                .filter(field -> !other.contains(field.id()))
                .forEach(field -> result.add(new PlacedField(field, places.get(field.id()).parent())));
        return result;
    }

    /**
     * The place of a field.
     *
     * @param parent the table, section or choice field containing it; null at the top level
     * @param optionId for a field shown under a choice, the choice's id; null otherwise
     */
    record Place(FieldDefinition parent, Integer optionId) {

        Integer parentId() {
            return parent == null ? null : parent.id();
        }

        boolean sameAs(Place other) {
            return Objects.equals(parentId(), other.parentId()) && Objects.equals(optionId, other.optionId);
        }
    }
}
