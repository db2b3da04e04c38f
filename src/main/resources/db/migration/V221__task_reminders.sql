-- A member's reminder on a task: when it is due, and when the minute check fired it. A fired reminder puts the
-- task at the top of the member's inbox until the member views or changes the task.
create table task_reminders (
    member_id bigint      not null references members (id),
    task_id   bigint      not null references tasks (id) on delete cascade,
    org_id    bigint      not null,
    remind_at timestamptz not null,
    fired_at  timestamptz,
    primary key (member_id, task_id)
);
create index task_reminders_due_idx on task_reminders (remind_at) where fired_at is null;
create index task_reminders_fired_idx on task_reminders (member_id) where fired_at is not null;
create index task_reminders_task_idx on task_reminders (task_id);

-- A task a member deferred: it stays out of the member's inbox until the moment given, unless someone else
-- changes the task first, which deletes the row.
create table task_deferrals (
    member_id      bigint      not null references members (id),
    task_id        bigint      not null references tasks (id) on delete cascade,
    org_id         bigint      not null,
    deferred_until timestamptz not null,
    primary key (member_id, task_id)
);
create index task_deferrals_task_idx on task_deferrals (task_id);
