package io.potok.forms.web;

import java.util.List;

import io.potok.catalogs.Catalog;
import io.potok.catalogs.Catalogs;
import io.potok.forms.Forms;
import io.potok.identity.CurrentMember;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Lists a catalog's columns for the designer, which offers them in a catalog field's filters, shown
 * columns and copies.
 */
@RestController
class CatalogColumnsController {

    private final Forms forms;
    private final Catalogs catalogs;

    CatalogColumnsController(Forms forms, Catalogs catalogs) {
        this.forms = forms;
        this.catalogs = catalogs;
    }

    /** Returns the columns in order, key first; none when the organisation has no such catalog. */
    @GetMapping("/forms/{formId}/design/catalog-columns")
    List<Catalog.Header> columns(CurrentMember member, @PathVariable long formId, @RequestParam("catalog") long catalogId) {
        DesignAccess.administered(forms, member, formId);
        return catalogs.find(member.orgId(), catalogId).map(Catalog::headers).orElse(List.of());
    }
}
