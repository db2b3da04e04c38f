-- One МойСклад account per organisation: its API token (encrypted by the platform's secret store), the
-- products catalog kept in line with it, the schedule, and the outcome of the last successful and failed sync.
create table moysklad_connections (
    org_id              bigint      primary key,
    token_encrypted     text,
    catalog_id          bigint,
    -- {"<catalog column name>": "<source>"}; sources are listed in ColumnSource
    column_mapping      jsonb       not null default '{}',
    interval_minutes    integer     not null default 5 check (interval_minutes between 1 and 1440),
    enabled             boolean     not null default false,
    -- the JSON API root when it differs from the configured one, such as a local test server
    base_url            text,
    last_attempt_at     timestamptz,
    last_success_at     timestamptz,
    last_added          integer,
    last_updated        integer,
    last_archived       integer,
    last_stock_rows     integer,
    last_failure_at     timestamptz,
    last_failure_reason text,
    last_failure_detail text,
    updated_at          timestamptz not null default now()
);
