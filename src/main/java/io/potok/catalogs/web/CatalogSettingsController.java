package io.potok.catalogs.web;

import java.util.ArrayList;
import java.util.List;

import io.potok.catalogs.Catalog;
import io.potok.catalogs.CatalogChanged;
import io.potok.catalogs.CatalogEditor;
import io.potok.catalogs.CatalogNotFound;
import io.potok.catalogs.CatalogQueries;
import io.potok.catalogs.Catalogs;
import io.potok.identity.CurrentMember;
import io.potok.platform.PotokException;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * A catalog's settings page for administrators: rename, change the columns, archive and restore.
 */
@Controller
class CatalogSettingsController {

    private final Catalogs catalogs;
    private final CatalogQueries queries;
    private final CatalogEditor editor;

    CatalogSettingsController(Catalogs catalogs, CatalogQueries queries, CatalogEditor editor) {
        this.catalogs = catalogs;
        this.queries = queries;
        this.editor = editor;
    }

    @GetMapping("/catalogs/{catalogId}/settings")
    String settings(CurrentMember current, @PathVariable long catalogId, Model model) {
        EditAccess.requireAdmin(current);

        Catalog catalog = found(current, catalogId);
        long version = queries.catalogVersion(current.orgId(), catalogId);
        return page(model, catalog, version, catalog.name(), currentColumns(catalog), null);
    }

    @PostMapping("/catalogs/{catalogId}/rename")
    String rename(CurrentMember current, @PathVariable long catalogId, @RequestParam long version,
                  @RequestParam(defaultValue = "") String catalogName, Model model,
                  HttpServletResponse response) {
        EditAccess.requireAdmin(current);

        Catalog catalog = found(current, catalogId);
        try {
            editor.rename(current.orgId(), catalogId, version, catalogName);
            return "redirect:/catalogs/" + catalogId + "/settings?saved";
        } catch (CatalogChanged conflict) {
            response.setStatus(conflict.status());
            return conflictPage(model, current, catalogId, conflict);
        } catch (PotokException rejected) {
            response.setStatus(rejected.status());
            return page(model, catalog, version, catalogName, currentColumns(catalog), rejected);
        }
    }

    @PostMapping("/catalogs/{catalogId}/columns")
    String changeColumns(CurrentMember current, @PathVariable long catalogId, @RequestParam long version,
                         @RequestParam MultiValueMap<String, String> form, Model model,
                         HttpServletResponse response) {
        EditAccess.requireAdmin(current);

        Catalog catalog = found(current, catalogId);
        List<CatalogEditor.Column> columns = ColumnForm.columns(form);
        try {
            editor.changeColumns(current.orgId(), catalogId, version, columns);
            return "redirect:/catalogs/" + catalogId + "/settings?saved";
        } catch (CatalogChanged conflict) {
            response.setStatus(conflict.status());
            return conflictPage(model, current, catalogId, conflict);
        } catch (PotokException rejected) {
            response.setStatus(rejected.status());
            return page(model, catalog, version, catalog.name(), columns, rejected);
        }
    }

    @PostMapping("/catalogs/{catalogId}/archive")
    String archive(CurrentMember current, @PathVariable long catalogId) {
        EditAccess.requireAdmin(current);

        editor.archive(current.orgId(), catalogId);
        return "redirect:/catalogs/" + catalogId;
    }

    @PostMapping("/catalogs/{catalogId}/restore")
    String restore(CurrentMember current, @PathVariable long catalogId) {
        EditAccess.requireAdmin(current);

        editor.restore(current.orgId(), catalogId);
        return "redirect:/catalogs/" + catalogId;
    }

    /** Shows the catalog as it is now, so that the administrator can compare the other change with theirs. */
    private String conflictPage(Model model, CurrentMember current, long catalogId, CatalogChanged conflict) {
        Catalog fresh = found(current, catalogId);
        long version = queries.catalogVersion(current.orgId(), catalogId);
        return page(model, fresh, version, fresh.name(), currentColumns(fresh), conflict);
    }

    private static String page(Model model, Catalog catalog, long version, String name,
                               List<CatalogEditor.Column> columns, PotokException error) {
        model.addAttribute("catalog", catalog);
        model.addAttribute("version", version);
        model.addAttribute("name", name);
        model.addAttribute("columns", columns);
        model.addAttribute("error", error);
        return "catalogs/settings";
    }

    private static List<CatalogEditor.Column> currentColumns(Catalog catalog) {
        List<CatalogEditor.Column> columns = new ArrayList<>();
        for (int i = 0; i < catalog.headers().size(); i++) {
            Catalog.Header header = catalog.headers().get(i);
            columns.add(new CatalogEditor.Column(i, header.name(), header.type()));
        }
        return columns;
    }

    private Catalog found(CurrentMember current, long catalogId) {
        return catalogs.find(current.orgId(), catalogId).orElseThrow(() -> new CatalogNotFound(catalogId));
    }
}
