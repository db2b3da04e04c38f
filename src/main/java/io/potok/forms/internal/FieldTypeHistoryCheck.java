package io.potok.forms.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.potok.forms.DefinitionCheck;
import io.potok.forms.DefinitionProblem;
import io.potok.forms.FieldType;
import io.potok.forms.Form;
import io.potok.forms.FormDefinition;
import io.potok.forms.FormVersionInfo;
import io.potok.forms.Forms;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.support.DefaultMessageSourceResolvable;
import org.springframework.stereotype.Component;

/**
 * Rejects giving a field id a type other than the one an earlier version of the form gave it. Tasks of that
 * version keep values of the old type under the id, and the registry keeps a typed column for it, so both
 * would break. A designer adds a new field instead.
 */
@Component
class FieldTypeHistoryCheck implements DefinitionCheck {

    // Looked up lazily: Forms runs every check, so taking it in the constructor would be a cycle.
    private final ObjectProvider<Forms> forms;

    FieldTypeHistoryCheck(ObjectProvider<Forms> forms) {
        this.forms = forms;
    }

    @Override
    public List<DefinitionProblem> check(long orgId, Long formId, FormDefinition definition) {
        if (formId == null) {
            return List.of();
        }
        Map<Integer, Earlier> earlier = earlierTypes(orgId, formId);
        List<DefinitionProblem> problems = new ArrayList<>();
        definition.allFields().forEach(field -> {
            Earlier before = earlier.get(field.id());
            if (before != null && before.type() != field.type()) {
                problems.add(DefinitionProblem.of("field_type_changed", DefinitionLabels.field(field),
                        String.valueOf(field.id()), String.valueOf(before.version()), typeName(before.type()),
                        typeName(field.type())));
            }
        });
        return problems;
    }

    /** Returns, per field id, the type of the latest earlier version that has the field. */
    private Map<Integer, Earlier> earlierTypes(long orgId, long formId) {
        Forms store = forms.getObject();
        Map<Integer, Earlier> types = new LinkedHashMap<>();
        for (FormVersionInfo info : store.versions(orgId, formId)) {
            Form version = store.findVersion(orgId, formId, info.version()).orElseThrow();
            version.definition().allFields()
                    .forEach(field -> types.putIfAbsent(field.id(), new Earlier(info.version(), field.type())));
        }
        return types;
    }

    private static DefaultMessageSourceResolvable typeName(FieldType type) {
        return new DefaultMessageSourceResolvable(new String[] {"fieldType." + type.wireName()}, type.wireName());
    }

    private record Earlier(int version, FieldType type) {
    }
}
