package io.potok.tasks.web;

import java.util.List;

import io.potok.catalogs.Catalog;
import io.potok.catalogs.Catalogs;
import io.potok.forms.AccessLevel;
import io.potok.forms.FieldDefinition;
import io.potok.forms.FieldType;
import io.potok.forms.Form;
import io.potok.forms.Forms;
import io.potok.identity.CurrentMember;
import io.potok.tasks.web.FieldView.CatalogChoice;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * Suggests the items of a catalog field whose key starts with what the user typed; htmx puts the list
 * under the field's search box.
 */
@Controller
class CatalogSearchController {

    static final int SUGGESTIONS = 20;

    private final Forms forms;
    private final Catalogs catalogs;

    CatalogSearchController(Forms forms, Catalogs catalogs) {
        this.forms = forms;
        this.catalogs = catalogs;
    }

    @GetMapping("/tasks/catalog-items")
    String suggest(CurrentMember member, @RequestParam("form") long formId, @RequestParam("field") int fieldId,
                   @RequestParam(name = "q", defaultValue = "") String prefix, Model model) {
        Form form = FormAccess.usable(forms, member, formId, AccessLevel.MEMBER);
        long catalogId = form.definition().field(fieldId)
                .filter(field -> field.type() == FieldType.CATALOG)
                .map(FieldDefinition::info)
                .map(info -> info.catalogId() == null ? -1L : info.catalogId())
                .orElse(-1L);
        List<Catalog.Header> headers = catalogs.find(member.orgId(), catalogId).map(Catalog::headers).orElse(List.of());
        List<CatalogChoice> choices = catalogs.itemsByKeyPrefix(member.orgId(), catalogId, prefix.trim(), SUGGESTIONS)
                .stream()
                .map(item -> new CatalogChoice(item.id(), item.key(), FieldViews.details(headers, item)))
                .toList();
        model.addAttribute("choices", choices);
        return "tasks/catalog-options";
    }
}
