package io.potok.catalogs.web;

import java.util.List;

import io.potok.catalogs.Catalog;
import io.potok.catalogs.CatalogEditor;
import io.potok.catalogs.Catalogs;
import io.potok.identity.CurrentMember;
import io.potok.platform.PotokException;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The list of catalogs, with archived ones on request, and the page that creates a catalog.
 */
@Controller
class CatalogsController {

    private final Catalogs catalogs;
    private final CatalogEditor editor;

    CatalogsController(Catalogs catalogs, CatalogEditor editor) {
        this.catalogs = catalogs;
        this.editor = editor;
    }

    @GetMapping("/catalogs")
    String list(CurrentMember current, @RequestParam(defaultValue = "false") boolean archived, Model model) {
        List<Catalog> listed = catalogs.list(current.orgId()).stream()
                .filter(catalog -> archived || !catalog.archived())
                .toList();
        model.addAttribute("catalogs", listed);
        model.addAttribute("showArchived", archived);
        return "catalogs/list";
    }

    @GetMapping("/catalogs/new")
    String newCatalog(CurrentMember current, Model model) {
        EditAccess.requireAdmin(current);

        List<CatalogEditor.Column> key = List.of(new CatalogEditor.Column(CatalogEditor.Column.NEW, "", "text"));
        return creationPage(model, "", key, null);
    }

    @PostMapping("/catalogs")
    String create(CurrentMember current, @RequestParam MultiValueMap<String, String> form, Model model,
                  HttpServletResponse response) {
        EditAccess.requireAdmin(current);

        String name = form.getFirst("catalogName");
        List<CatalogEditor.Column> columns = ColumnForm.columns(form);
        try {
            Catalog created = editor.createCatalog(current.orgId(), name, ColumnForm.headers(columns));
            return "redirect:/catalogs/" + created.id();
        } catch (PotokException rejected) {
            response.setStatus(rejected.status());
            return creationPage(model, name, columns, rejected);
        }
    }

    private static String creationPage(Model model, String name, List<CatalogEditor.Column> columns,
                                       PotokException error) {
        model.addAttribute("name", name == null ? "" : name);
        model.addAttribute("columns", columns);
        model.addAttribute("error", error);
        return "catalogs/new";
    }
}
