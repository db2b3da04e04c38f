create table catalogs (
    id         bigserial primary key,
    org_id     bigint      not null references organizations (id),
    name       text        not null,
    -- ordered column headers: [{"name": "...", "type": "text"}]; the first column is the key
    headers    jsonb       not null,
    archived   boolean     not null default false,
    version    bigint      not null default 1,
    created_at timestamptz not null default now()
);
create index catalogs_org_idx on catalogs (org_id);

create table catalog_items (
    id         bigserial primary key,
    org_id     bigint  not null references organizations (id),
    catalog_id bigint  not null references catalogs (id),
    item_key   text    not null,
    -- cell values in header order, as strings
    item_values jsonb  not null,
    deleted    boolean not null default false,
    unique (catalog_id, item_key)
);
create index catalog_items_catalog_idx on catalog_items (catalog_id, id);

create table forms (
    id              bigserial primary key,
    org_id          bigint      not null references organizations (id),
    name            text        not null,
    current_version int         not null default 1,
    archived        boolean     not null default false,
    created_at      timestamptz not null default now()
);
create index forms_org_idx on forms (org_id);

-- Each published version of a form: fields, route and settings as one JSON document.
create table form_versions (
    form_id      bigint      not null references forms (id),
    version      int         not null,
    definition   jsonb       not null,
    published_by bigint references members (id),
    published_at timestamptz not null default now(),
    primary key (form_id, version)
);

-- Access to a form for a member, a role, a department, or everyone in the organisation (all three null).
create table form_access (
    id            bigserial primary key,
    form_id       bigint not null references forms (id),
    member_id     bigint references members (id),
    role_id       bigint references roles (id),
    department_id bigint references departments (id),
    level         text   not null check (level in ('member', 'manager', 'admin'))
);
create index form_access_form_idx on form_access (form_id);
