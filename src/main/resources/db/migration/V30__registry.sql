-- The registry keeps one projection table per form, registry_form_<form id>, created and extended by the
-- application as forms gain fields. These tables record what the projections hold.

-- Each form version whose fields have columns in the form's projection.
create table registry_form_versions (
    form_id bigint not null,
    version int    not null,
    org_id  bigint not null,
    primary key (form_id, version)
);

-- Each projected field, with its definition from the latest version that has it. Rows are never deleted,
-- so fields removed from a form stay queryable.
create table registry_fields (
    form_id    bigint not null,
    field_id   int    not null,
    org_id     bigint not null,
    kind       text   not null,
    position   int    not null,
    version    int    not null,
    definition jsonb  not null,
    primary key (form_id, field_id)
);
