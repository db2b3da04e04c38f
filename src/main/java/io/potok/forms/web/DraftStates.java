package io.potok.forms.web;

import java.time.format.DateTimeFormatter;
import java.util.Optional;
import java.util.stream.Stream;

import io.potok.forms.FieldDefinition;
import io.potok.forms.Form;
import io.potok.forms.FormDefinition;
import io.potok.forms.FormDrafts;
import io.potok.forms.FormDrafts.Draft;
import io.potok.forms.FormVersionInfo;
import io.potok.forms.Forms;
import io.potok.identity.CurrentMember;
import org.springframework.stereotype.Component;

/**
 * Builds the {@link DraftState} of a form for the designer.
 */
@Component
class DraftStates {

    private static final DateTimeFormatter SAVED_AT = DateTimeFormatter.ofPattern("dd.MM.yyyy HH:mm:ss");

    private final Forms forms;
    private final FormDrafts drafts;

    DraftStates(Forms forms, FormDrafts drafts) {
        this.forms = forms;
        this.drafts = drafts;
    }

    DraftState of(CurrentMember member, Form form) {
        Optional<Draft> draft = drafts.find(member.orgId(), form.id());
        FormDefinition definition = draft.map(Draft::definition).orElse(form.definition());
        String savedAt = draft.map(saved -> saved.savedAt().toString()).orElse("");
        String savedAtText = draft.map(saved -> SAVED_AT.format(saved.savedAt().atZone(member.zone()))).orElse("");
        int baseVersion = draft.map(Draft::baseVersion).orElse(form.version());

        return new DraftState(definition, draft.isPresent(), baseVersion, form.version(), savedAt, savedAtText,
                nextFieldId(member.orgId(), form.id(), definition));
    }

    /** Returns one more than the highest field id in any version of the form and in its draft. */
    private int nextFieldId(long orgId, long formId, FormDefinition draft) {
        Stream<FormDefinition> versions = forms.versions(orgId, formId).stream()
                .map(FormVersionInfo::version)
                .flatMap(version -> forms.findVersion(orgId, formId, version).stream())
                .map(Form::definition);
        int highest = Stream.concat(versions, Stream.of(draft))
                .flatMap(FormDefinition::allFields)
                .mapToInt(FieldDefinition::id)
                .max()
                .orElse(0);
        return highest + 1;
    }
}
