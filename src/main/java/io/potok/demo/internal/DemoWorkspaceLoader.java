package io.potok.demo.internal;

import static io.potok.demo.DemoWorkspace.*;

import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;

import io.potok.catalogs.Catalog;
import io.potok.catalogs.Catalogs;
import io.potok.catalogs.StockLevels;
import io.potok.demo.DemoWorkspaceLoaded;
import io.potok.forms.AccessLevel;
import io.potok.forms.Form;
import io.potok.forms.FormGrant;
import io.potok.forms.Forms;
import io.potok.identity.CurrentMember;
import io.potok.identity.Members;
import io.potok.identity.Organizations;
import io.potok.tasks.TaskLists;
import io.potok.processes.ProcessTemplates;
import io.potok.workflow.BusinessCalendarSettings;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/**
 * Loads the demo workspace: organisation, team, catalogs and forms with their access grants. The caller
 * provides the transaction. {@link PastTasks} adds the past orders afterwards.
 */
@Component
class DemoWorkspaceLoader {

    /** Seed of every random choice in the demo data, so that each installation gets the same workspace. */
    static final long SEED = 20_240_601L;

    private static final Logger log = LoggerFactory.getLogger(DemoWorkspaceLoader.class);

    private final Organizations organizations;
    private final Catalogs catalogs;
    private final Forms forms;
    private final ProcessTemplates templates;
    private final ApplicationEventPublisher events;
    private final TaskLists taskLists;
    private final StockLevels stock;
    private final BusinessCalendarSettings calendars;
    private final Members members;

    DemoWorkspaceLoader(Organizations organizations, Catalogs catalogs, Forms forms, ProcessTemplates templates,
                        ApplicationEventPublisher events, TaskLists taskLists, StockLevels stock,
                        BusinessCalendarSettings calendars, Members members) {
        this.calendars = calendars;
        this.members = members;
        this.stock = stock;
        this.taskLists = taskLists;
        this.organizations = organizations;
        this.catalogs = catalogs;
        this.forms = forms;
        this.templates = templates;
        this.events = events;
    }

    DemoWorkspaceLoaded load() {
        DemoWorkspaceLoaded loaded = loadCopy(EMAIL_DOMAIN, true);
        events.publishEvent(loaded);
        return loaded;
    }

    /**
     * Loads the workspace into a new organisation whose members' emails end in {@code @emailDomain}. Tests load
     * copies that are not flagged as demo, because emails are unique across the installation.
     */
    DemoWorkspaceLoaded loadCopy(String emailDomain, boolean demo) {
        Random random = new Random(SEED);
        long orgId = DemoTeam.createOrganization(organizations, demo);

        DemoTeam team = new DemoTeam(organizations, orgId, random, emailDomain);
        Map<String, Long> members = team.create();
        Map<String, Long> roles = team.roleIds();
        new DemoCalendars(calendars, this.members, orgId).create();
        DemoCatalogs demoCatalogs = new DemoCatalogs(catalogs, orgId, random);
        Catalog clients = demoCatalogs.createClients(emailDomain);
        Catalog products = demoCatalogs.createProducts();
        new DemoStock(stock, orgId, products.id()).stockUp(demoCatalogs.stockTotals());
        demoCatalogs.createWarehouses(emailDomain);

        Form orders = forms.create(orgId, ORDERS_FORM, DemoForms.orders(clients.id(), products.id(), roles), null);
        Form itRequest = forms.create(orgId, IT_REQUEST_FORM, DemoForms.itRequest(roles), null);
        grantOrders(orgId, orders.id(), roles);
        forms.grant(orgId, itRequest.id(), FormGrant.everyone(AccessLevel.MEMBER));
        long director = members.get("director");
        for (long formId : List.of(orders.id(), itRequest.id())) {
            forms.grant(orgId, formId, FormGrant.member(director, AccessLevel.MANAGER));
        }

        taskLists.create(orgId, "Крупные клиенты", null);
        taskLists.create(orgId, "Срочно", null);
        installTemplates(orgId, members, emailDomain);

        DemoWorkspaceLoaded loaded = new DemoWorkspaceLoaded(orgId, orders.id(), itRequest.id(), clients.id(), products.id());
        log.info("Demo workspace loaded as organisation {} with {} members", orgId, members.size());
        return loaded;
    }

    /**
     * Installs the client calls, asset card and service request templates. Their roles are created first with
     * demo members, so that the templates reuse them instead of creating them with the administrator alone.
     */
    private void installTemplates(long orgId, Map<String, Long> members, String emailDomain) {
        List<Long> accountManagers = List.of("marketplace", "distributor", "retail").stream()
                .flatMap(prefix -> List.of(1, 2, 3).stream().map(number -> members.get(prefix + number)))
                .toList();
        organizations.createRole(orgId, ROLE_ACCOUNT_MANAGERS, accountManagers);
        organizations.createRole(orgId, ROLE_SERVICE_CENTER, List.of(members.get("moscow1"), members.get("moscow2")));

        CurrentMember admin = new CurrentMember(members.get("admin"), orgId, "admin@" + emailDomain,
                "Администратор", true, Locale.forLanguageTag("ru"), ZoneId.of(TIME_ZONE));
        for (String template : List.of("client-calls", "service-request")) {
            templates.install(admin, template);
        }
    }

    /** Grants MEMBER on orders to every role but the IT ones: managers, warehouses, logistics, couriers, accounting. */
    private void grantOrders(long orgId, long formId, Map<String, Long> roles) {
        roles.forEach((name, roleId) -> {
            if (!name.startsWith(ROLE_IT)) {
                forms.grant(orgId, formId, FormGrant.role(roleId, AccessLevel.MEMBER));
            }
        });
    }
}
