-- Catalog imports from uploaded CSV and XLSX files. The file itself is kept so that the background run
-- reads exactly what the administrator checked, and so that a run interrupted by a restart can resume.
create table catalog_imports (
    id              bigserial primary key,
    org_id          bigint      not null references organizations (id),
    catalog_id      bigint      not null references catalogs (id),
    created_by      bigint      not null references members (id),
    created_at      timestamptz not null,
    file_name       text        not null,
    file_format     text        not null,
    content         bytea       not null,
    -- CSV only: the encoding name and the delimiter character
    encoding        text,
    delimiter       text,
    -- per file column, the catalog column it fills, or an empty string for a column left out
    mapping         jsonb       not null default '[]',
    archive_missing boolean     not null default false,
    -- uploaded -> checked -> queued -> running -> finished or failed
    status          text        not null,
    total_rows      integer     not null default 0,
    processed_rows  integer     not null default 0,
    added           integer     not null default 0,
    updated         integer     not null default 0,
    unchanged       integer     not null default 0,
    archived        integer     not null default 0,
    rejected        integer     not null default 0,
    -- message key and arguments of the failure that stopped a run
    failure_key     text,
    failure_args    jsonb,
    finished_at     timestamptz
);
create index catalog_imports_catalog_idx on catalog_imports (org_id, catalog_id, id desc);

-- Row by row outcome: problems found by the check (phase 'check') and what the run did (phase 'result').
create table catalog_import_rows (
    id          bigserial primary key,
    import_id   bigint  not null references catalog_imports (id) on delete cascade,
    phase       text    not null,
    -- added, updated, archived or rejected; archived items have no file row
    outcome     text    not null,
    row_number  integer,
    item_key    text,
    reason_key  text,
    reason_args jsonb
);
create index catalog_import_rows_import_idx on catalog_import_rows (import_id, phase, outcome, row_number, id);
