package io.potok.processes.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import io.potok.catalogs.Catalog;
import io.potok.catalogs.Catalogs;
import io.potok.forms.AccessLevel;
import io.potok.forms.Form;
import io.potok.forms.FormDefinition;
import io.potok.forms.FormDefinitionInvalid;
import io.potok.forms.FormGrant;
import io.potok.forms.FormNotFound;
import io.potok.forms.Forms;
import io.potok.identity.CurrentMember;
import io.potok.identity.Organizations;
import io.potok.processes.ImportPlan;
import io.potok.processes.ImportProblem;
import io.potok.processes.ProcessAccessDenied;
import io.potok.processes.ProcessDocument;
import io.potok.processes.ProcessDocument.AccessGrant;
import io.potok.processes.ProcessDocument.CatalogData;
import io.potok.processes.ProcessFiles;
import io.potok.processes.ProcessFormat;
import io.potok.processes.ProcessReferencesUnresolved;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.node.ObjectNode;

/**
 * Exports and imports process documents. An import plans first, then creates the missing roles and
 * catalogs, rewrites the definition into ids, and creates or publishes the form, all in the caller's
 * transaction or a new one.
 */
@Service
class DefaultProcessFiles implements ProcessFiles {

    private static final Logger log = LoggerFactory.getLogger(DefaultProcessFiles.class);

    private final Forms forms;
    private final Catalogs catalogs;
    private final Organizations organizations;
    private final DocumentExport exporter;
    private final DocumentCodec codec;
    private final ImportPlanner planner;
    private final TransactionTemplate trial;

    DefaultProcessFiles(Forms forms, Catalogs catalogs, Organizations organizations, DocumentExport exporter,
                        DocumentCodec codec, ImportPlanner planner, PlatformTransactionManager transactions) {
        this.forms = forms;
        this.catalogs = catalogs;
        this.organizations = organizations;
        this.exporter = exporter;
        this.codec = codec;
        this.planner = planner;
        this.trial = new TransactionTemplate(transactions);
        this.trial.setPropagationBehavior(TransactionTemplate.PROPAGATION_REQUIRES_NEW);
    }

    @Override
    public ProcessDocument export(CurrentMember caller, long formId, boolean withItems) {
        Form form = administeredForm(caller, formId);
        return exporter.export(form, withItems);
    }

    @Override
    public String write(ProcessDocument document, ProcessFormat format, Locale locale) {
        return codec.write(document, format, locale);
    }

    @Override
    public ProcessDocument read(String text, ProcessFormat format) {
        return codec.read(text, format);
    }

    /**
     * Plans, then creates the form in a transaction that is always rolled back, so that the definition checks
     * run on real ids and their problems show before anything is stored.
     */
    @Override
    public ImportPlan preview(CurrentMember caller, ProcessDocument document) {
        requireOrgAdmin(caller);
        ImportPlan plan = planner.plan(caller.orgId(), document).plan();
        if (!plan.problems().isEmpty()) {
            return plan;
        }
        ImportPlan tried = trial.execute(status -> {
            status.setRollbackOnly();
            try {
                create(caller, document);
                return plan;
            } catch (FormDefinitionInvalid invalid) {
                return plan.withDefinitionProblems(invalid.problems());
            } catch (ProcessReferencesUnresolved unresolved) {
                return plan.withProblems(unresolved.problems());
            }
        });
        return tried;
    }

    @Override
    @Transactional
    public Form create(CurrentMember caller, ProcessDocument document) {
        requireOrgAdmin(caller);
        FormDefinition definition = prepare(caller, document);

        Form form = forms.create(caller.orgId(), document.name().trim(), definition, caller.memberId());
        grantAccess(caller.orgId(), form.id(), document.access());

        log.info("Form {} imported into organisation {} by member {}", form.id(), caller.orgId(), caller.memberId());
        return form;
    }

    @Override
    @Transactional
    public Form publish(CurrentMember caller, long formId, ProcessDocument document) {
        Form current = administeredForm(caller, formId);
        FormDefinition definition = prepare(caller, document);

        Form published = forms.publish(caller.orgId(), formId, definition, caller.memberId());
        String name = document.name().trim();
        if (!name.equals(current.name())) {
            forms.rename(caller.orgId(), formId, name, caller.memberId());
        }

        log.info("Form {} of organisation {} published from a process file by member {}", formId, caller.orgId(),
                caller.memberId());
        return forms.find(caller.orgId(), published.id()).orElseThrow();
    }

    /** Plans, creates the missing roles and catalogs, and returns the definition with ids. */
    private FormDefinition prepare(CurrentMember caller, ProcessDocument document) {
        ImportPlanner.Planned planned = planner.plan(caller.orgId(), document);
        if (!planned.plan().problems().isEmpty()) {
            throw new ProcessReferencesUnresolved(planned.plan().problems());
        }
        References references = planned.references();
        createRoles(caller, planned.plan(), references);
        createCatalogs(caller.orgId(), references);

        List<ImportProblem> problems = new ArrayList<>();
        ObjectNode resolved = planner.resolve(document.definition(), references, problems);
        Optional<FormDefinition> definition = problems.isEmpty()
                ? planner.toDefinition(resolved, problems) : Optional.empty();
        if (!problems.isEmpty()) {
            throw new ProcessReferencesUnresolved(problems);
        }
        return definition.orElseThrow();
    }

    private void createRoles(CurrentMember caller, ImportPlan plan, References references) {
        for (ImportPlan.Action role : plan.roles()) {
            if (role.created()) {
                long roleId = organizations.createRole(caller.orgId(), role.name(), List.of(caller.memberId()));
                references.createdRole(role.name(), roleId);
            }
        }
    }

    private void createCatalogs(long orgId, References references) {
        for (CatalogData data : references.plannedCatalogs().values()) {
            Catalog catalog = catalogs.create(orgId, data.name(), data.headers(), data.items());
            references.created(data, catalog.id());
        }
    }

    private void grantAccess(long orgId, long formId, List<AccessGrant> grants) {
        References references = null;
        for (AccessGrant grant : grants) {
            AccessLevel level = ImportPlanner.level(grant).orElseThrow();
            references = references == null ? planner.references(orgId) : references;
            forms.grant(orgId, formId, toGrant(grant, level, references));
        }
    }

    private static FormGrant toGrant(AccessGrant grant, AccessLevel level, References references) {
        if (grant.member() != null) {
            return FormGrant.member(references.memberId(grant.member()).orElseThrow(), level);
        }
        if (grant.role() != null) {
            return FormGrant.role(references.roleId(grant.role()).orElseThrow(), level);
        }
        if (grant.department() != null) {
            return new FormGrant(null, null, references.departmentId(grant.department()).orElseThrow(), level);
        }
        return FormGrant.everyone(level);
    }

    private Form administeredForm(CurrentMember caller, long formId) {
        Form form = forms.find(caller.orgId(), formId).orElseThrow(() -> new FormNotFound(formId));
        if (!forms.accessLevel(caller, formId).atLeast(AccessLevel.ADMIN)) {
            throw new ProcessAccessDenied(form.name());
        }
        return form;
    }

    private static void requireOrgAdmin(CurrentMember caller) {
        if (!caller.admin()) {
            throw ProcessAccessDenied.toImport();
        }
    }
}
