-- One row per rule that fired on a task: what triggered it, whether its condition held, what its actions did.
-- The unique key makes a rule fire at most once per trigger: fire_key is the task version after the change
-- for task events, the due moment for due_passed, and the occurrence for schedule.
create table rule_runs (
    id                bigserial primary key,
    org_id            bigint      not null references organizations (id),
    form_id           bigint      not null,
    rule_id           text        not null,
    rule_name         text        not null,
    task_id           bigint      not null,
    task_version      int         not null,
    trigger_kind      text        not null,
    fire_key          text        not null,
    started_at        timestamptz not null,
    condition_held    boolean,
    actions_done      jsonb       not null default '[]',
    error             text,
    depth             int         not null,
    outcome           text        not null
        check (outcome in ('running', 'done', 'skipped', 'failed', 'stopped'))
);
create unique index rule_runs_once_idx on rule_runs (form_id, rule_id, task_id, trigger_kind, fire_key);
create index rule_runs_task_idx on rule_runs (org_id, task_id, id desc);
create index rule_runs_rule_idx on rule_runs (org_id, form_id, rule_id, id desc);

-- Occurrences of schedule-triggered rules already claimed by a node, so that several nodes and a catch-up
-- after downtime run each occurrence once.
create table rule_occurrences (
    form_id     bigint      not null,
    rule_id     text        not null,
    occurrence  timestamptz not null,
    claimed_at  timestamptz not null,
    primary key (form_id, rule_id, occurrence)
);
