package io.potok.tasks.web;

import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.potok.catalogs.Catalog;
import io.potok.catalogs.CatalogItem;
import io.potok.catalogs.Catalogs;
import io.potok.catalogs.CellCondition;
import io.potok.forms.AccessLevel;
import io.potok.forms.CatalogPickingRules;
import io.potok.forms.FieldDefinition;
import io.potok.forms.FieldType;
import io.potok.forms.Form;
import io.potok.forms.Forms;
import io.potok.identity.CurrentMember;
import io.potok.tasks.web.FieldView.CatalogChoice;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Suggests the items of a catalog field whose key starts with what the user typed and that pass the field's
 * filters. htmx puts the list under the field's search box. The page sends its current inputs along, so a
 * filter on another field uses the value on the page, saved or not.
 */
@Controller
class CatalogSearchController {

    static final int SUGGESTIONS = 20;

    /** The live address of the task page, {@code /tasks/{id}/live}, which names the task being edited. */
    private static final Pattern TASK_LIVE = Pattern.compile("/tasks/(\\d{1,18})/live");
    private static final Pattern CELL_INPUT = Pattern.compile("f(\\d+)\\.r(\\d+)\\.c\\d+");

    private final Forms forms;
    private final Catalogs catalogs;
    private final CatalogPickingRules rules;
    private final PageValues pageValues;
    private final CatalogCopies copies;

    CatalogSearchController(Forms forms, Catalogs catalogs, CatalogPickingRules rules, PageValues pageValues,
                            CatalogCopies copies) {
        this.forms = forms;
        this.catalogs = catalogs;
        this.rules = rules;
        this.pageValues = pageValues;
        this.copies = copies;
    }

    /**
     * @param live the page's live address, to tell the task page from the new-task page; empty when not sent
     * @param input the name of the field's hidden input, which names the table row for a column
     */
    @GetMapping("/tasks/catalog-items")
    String suggest(CurrentMember member, @RequestParam("form") long formId, @RequestParam("field") int fieldId,
                   @RequestParam(name = "q", defaultValue = "") String prefix,
                   @RequestParam(name = "live", defaultValue = "") String live,
                   @RequestParam(name = "input", defaultValue = "") String input,
                   HttpServletRequest request, Model model) {
        Form form = FormAccess.usable(forms, member, formId, AccessLevel.MEMBER);
        Optional<FieldDefinition> field = form.definition().field(fieldId).filter(found -> found.type() == FieldType.CATALOG);
        long catalogId = field.map(FieldDefinition::info)
                .map(info -> info.catalogId() == null ? -1L : info.catalogId())
                .orElse(-1L);
        List<Catalog.Header> headers = catalogs.find(member.orgId(), catalogId).map(Catalog::headers).orElse(List.of());
        List<CellCondition> conditions = field.map(found -> conditions(member, form, found, live, input, request))
                .orElse(List.of());

        List<CatalogChoice> choices = catalogs.itemsByKeyPrefix(member.orgId(), catalogId, prefix.trim(), conditions, SUGGESTIONS)
                .stream()
                .map(item -> choice(field.orElseThrow(), headers, item))
                .toList();
        model.addAttribute("choices", choices);
        return "tasks/catalog-options";
    }

    private CatalogChoice choice(FieldDefinition field, List<Catalog.Header> headers, CatalogItem item) {
        return new CatalogChoice(item.id(), item.key(), FieldViews.details(field, headers, item),
                copies.json(field, headers, item));
    }

    private List<CellCondition> conditions(CurrentMember member, Form form, FieldDefinition field, String live,
                                           String input, HttpServletRequest request) {
        if (field.info().pickingOrNone().filters().isEmpty()) {
            return List.of();
        }
        FieldInput posted = FieldInput.of(request.getParameterMap());
        Matcher task = TASK_LIVE.matcher(live);
        ObjectNode values = task.matches()
                ? pageValues.ofTask(member, Long.parseLong(task.group(1)), posted)
                : pageValues.ofNewTask(member, form, posted);
        JsonNode row = row(member, form, input, posted, values);
        return rules.conditions(member.orgId(), form.definition(), field, values, row);
    }

    /** Finds the stored row of the table cell the input names: the n-th posted row that is kept is the n-th row. */
    private static JsonNode row(CurrentMember member, Form form, String input, FieldInput posted, ObjectNode values) {
        Matcher cell = CELL_INPUT.matcher(input);
        if (!cell.matches()) {
            return null;
        }
        int tableId = Integer.parseInt(cell.group(1));
        int rowNumber = Integer.parseInt(cell.group(2));
        Optional<FieldDefinition> table = form.definition().field(tableId).filter(found -> found.type() == FieldType.TABLE);
        if (table.isEmpty()) {
            return null;
        }
        List<FieldInput.Row> kept = FieldUpdates.storedRows(table.get(), posted, member.zone());
        JsonNode rows = values.path(String.valueOf(tableId));
        for (int index = 0; index < kept.size(); index++) {
            if (kept.get(index).number() == rowNumber) {
                return rows.path(index).isMissingNode() ? null : rows.get(index);
            }
        }
        return null;
    }
}
