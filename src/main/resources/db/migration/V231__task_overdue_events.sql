-- Every TaskOverdue published, one row per task and due moment, so that the sweep publishes each passed due
-- moment once however many nodes run it and however late it catches up.
-- due_kind 'step': the due time of the step in column step.
-- due_kind 'due': the task's own due date and time.
-- due_kind 'due_date': the task's own due date in column due_date. Then due_at is the start of the next day
-- in the organisation's time zone.
create table task_overdue_events (
    task_id      bigint      not null references tasks (id) on delete cascade,
    org_id       bigint      not null,
    due_kind     text        not null check (due_kind in ('step', 'due', 'due_date')),
    due_at       timestamptz not null,
    step         int,
    due_date     date,
    published_at timestamptz not null,
    primary key (task_id, due_kind, due_at)
);

-- The sweep's look-ups of open tasks by each kind of due moment.
create index tasks_open_step_due_idx on tasks (step_due) where status = 'open';
create index tasks_open_due_idx on tasks (due) where status = 'open';
create index tasks_open_due_date_idx on tasks (due_date) where status = 'open';
