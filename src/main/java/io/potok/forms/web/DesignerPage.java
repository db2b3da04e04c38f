package io.potok.forms.web;

import java.util.List;

import io.potok.forms.FieldType;
import io.potok.forms.Form;

/**
 * The content of the form designer page. The fields themselves are not here: the page loads the draft as
 * JSON from {@code /forms/{id}/design/draft}.
 *
 * @param form the form at its current version
 * @param draft the draft state when the page was rendered
 * @param catalogs the catalogs a catalog field may take its items from
 * @param linkableForms the forms a form_link field may link to
 * @param publishedVersion the version just published, shown once after a publish; null otherwise
 * @param problems translated reasons the last publish was rejected; empty when it was not
 */
public record DesignerPage(Form form, DraftState draft, List<Choice> catalogs, List<Choice> linkableForms,
                           Integer publishedVersion, List<String> problems) {

    /** The field types an administrator can add, in the order the type picker lists them. */
    public static final List<FieldType> ADDABLE_TYPES = List.of(
            FieldType.TEXT, FieldType.NUMBER, FieldType.MONEY, FieldType.DATE, FieldType.TIME,
            FieldType.DUE_DATE, FieldType.DUE_DATE_TIME, FieldType.CHECKMARK, FieldType.FLAG, FieldType.EMAIL,
            FieldType.PHONE, FieldType.MULTIPLE_CHOICE, FieldType.PERSON, FieldType.CATALOG, FieldType.TABLE,
            FieldType.TITLE, FieldType.NOTE, FieldType.FORM_LINK, FieldType.FILE, FieldType.PROJECT,
            FieldType.STEP, FieldType.STATUS, FieldType.CREATION_DATE, FieldType.AUTHOR);

    public List<FieldType> addableTypes() {
        return ADDABLE_TYPES;
    }

    /** Tells whether the draft started from an older version than the one now published. */
    public boolean draftIsBehind() {
        return draft.hasDraft() && draft.baseVersion() < draft.currentVersion();
    }

    /**
     * One entry of a picker.
     *
     * @param id the catalog or form id
     * @param name its name
     */
    public record Choice(long id, String name) {
    }
}
