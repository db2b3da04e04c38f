-- Forms whose latest version has schedules, so the minute checks read only these forms.
create table schedule_forms (
    form_id bigint primary key,
    org_id  bigint not null
);

-- How far each recurring schedule's occurrences have been checked. A schedule seen for the first time starts
-- at that moment, so publishing a series that started in the past does not create its past tasks.
create table recurring_cursors (
    form_id       bigint      not null,
    schedule_id   text        not null,
    checked_until timestamptz not null,
    primary key (form_id, schedule_id)
);

-- Every occurrence a node claimed. The key makes each occurrence create its task once, however many nodes
-- check at the same time.
create table recurring_occurrences (
    form_id     bigint      not null,
    schedule_id text        not null,
    occurs_at   timestamptz not null,
    task_id     bigint      not null,
    primary key (form_id, schedule_id, occurs_at)
);

-- One row per catalog item of a per-record schedule: its cadence, when its next task is due, when its last
-- task was closed, and the task open for it now (at most one).
create table cadence_items (
    org_id            bigint      not null,
    form_id           bigint      not null,
    schedule_id       text        not null,
    item_id           bigint      not null,
    cadence           text        not null,
    next_due          date        not null,
    last_completed_at timestamptz,
    open_task_id      bigint,
    primary key (form_id, schedule_id, item_id)
);
create index cadence_items_due_idx on cadence_items (next_due) where open_task_id is null;
create index cadence_items_open_task_idx on cadence_items (open_task_id) where open_task_id is not null;
