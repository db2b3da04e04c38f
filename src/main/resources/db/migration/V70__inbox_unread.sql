-- Tasks with comments a member follows and has not seen: one row per member and task, written with the
-- comment for every follower except its author and deleted when the member views or changes the task.
create table inbox_unread (
    member_id bigint      not null references members (id),
    task_id   bigint      not null references tasks (id) on delete cascade,
    org_id    bigint      not null,
    since     timestamptz not null,
    primary key (member_id, task_id)
);
create index inbox_unread_task_idx on inbox_unread (task_id);

-- The open tasks a member is responsible for, read by the inbox.
create index tasks_responsible_open_idx on tasks (responsible_id) where status = 'open';

-- Unread now means new comments from others, kept as markers, so the last-read times are no longer used.
drop table task_reads;
