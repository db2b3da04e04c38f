package io.potok.integrations.web;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import io.potok.catalogs.Catalog;
import io.potok.catalogs.Catalogs;
import io.potok.identity.CurrentMember;
import io.potok.integrations.InventoryConnection;
import io.potok.integrations.InventoryConnections;
import io.potok.integrations.InventorySettings;
import io.potok.integrations.InventorySettingsDenied;
import io.potok.integrations.InventorySync;
import io.potok.platform.PotokException;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The МойСклад settings page for administrators: the API token (write-only), the products catalog and its
 * column mapping, the schedule, "sync now" and the outcome of the last syncs.
 */
@Controller
class MoyskladSettingsController {

    static final String PATH = "/settings/integrations/moysklad";

    private final InventoryConnections connections;
    private final InventorySync inventorySync;
    private final Catalogs catalogs;
    private final MessageSource messages;

    MoyskladSettingsController(InventoryConnections connections, InventorySync inventorySync, Catalogs catalogs,
                               MessageSource messages) {
        this.connections = connections;
        this.inventorySync = inventorySync;
        this.catalogs = catalogs;
        this.messages = messages;
    }

    @GetMapping(PATH)
    String page(CurrentMember member, Model model) {
        requireAdmin(member);
        return render(member, model, null);
    }

    @PostMapping(PATH)
    String save(CurrentMember member, @RequestParam(required = false) String token,
                @RequestParam(required = false) Long catalogId, @RequestParam(defaultValue = "0") int intervalMinutes,
                @RequestParam(defaultValue = "false") boolean enabled, @RequestParam Map<String, String> form,
                Model model, HttpServletResponse response) {
        requireAdmin(member);
        InventoryConnection saved = connections.find(member.orgId());
        Map<String, String> sources = Objects.equals(saved.catalogId(), catalogId) ? columnSources(form) : Map.of();
        try {
            connections.save(member.orgId(), new InventorySettings(token, catalogId, sources, intervalMinutes, enabled));
        } catch (PotokException rejected) {
            response.setStatus(rejected.status());
            String error = messages.getMessage(rejected.messageKey(), rejected.arguments(), rejected.code(),
                    member.locale());
            return render(member, model, error);
        }
        return "redirect:" + PATH + "?saved";
    }

    @PostMapping(PATH + "/sync")
    String syncNow(CurrentMember member) {
        requireAdmin(member);
        inventorySync.requestSync(member.orgId());
        return "redirect:" + PATH + "?requested";
    }

    private String render(CurrentMember member, Model model, String error) {
        InventoryConnection connection = connections.find(member.orgId());
        List<Catalog> active = catalogs.list(member.orgId()).stream().filter(catalog -> !catalog.archived()).toList();
        model.addAttribute("view", new MoyskladSettingsView(connection, active, connections.columnSources(), error));
        return "integrations/moysklad";
    }

    /** Reads the mapping fields {@code source.<column name>} of the form. */
    private static Map<String, String> columnSources(Map<String, String> form) {
        Map<String, String> sources = new LinkedHashMap<>();
        form.forEach((name, value) -> {
            if (name.startsWith("source.")) {
                sources.put(name.substring("source.".length()), value);
            }
        });
        return sources;
    }

    private static void requireAdmin(CurrentMember member) {
        if (!member.admin()) {
            throw new InventorySettingsDenied();
        }
    }
}
