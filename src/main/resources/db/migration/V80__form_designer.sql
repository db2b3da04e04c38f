-- Changes to a form: created, published, renamed, archived, restored, tasks moved to a new route.
create table form_history (
    id        bigserial primary key,
    org_id    bigint      not null references organizations (id),
    form_id   bigint      not null references forms (id),
    action    text        not null,
    detail    text        not null default '',
    member_id bigint references members (id),
    at        timestamptz not null default now()
);
create index form_history_form_idx on form_history (form_id, id desc);

-- The unpublished edits of a form in the designer: one draft per form.
create table form_drafts (
    form_id      bigint      primary key references forms (id),
    org_id       bigint      not null references organizations (id),
    definition   jsonb       not null,
    base_version int         not null,
    saved_by     bigint      not null references members (id),
    saved_at     timestamptz not null default now()
);
