create table tasks (
    id             bigserial primary key,
    org_id         bigint      not null references organizations (id),
    form_id        bigint references forms (id),
    form_version   int,
    text           text,
    subject        text,
    author_id      bigint      not null references members (id),
    responsible_id bigint references members (id),
    due_date       date,
    due            timestamptz,
    duration       int,
    created_at     timestamptz not null,
    modified_at    timestamptz not null,
    closed_at      timestamptz,
    current_step   int,
    status         text        not null default 'open' check (status in ('open', 'closed')),
    resolution     text check (resolution in ('approved', 'rejected')),
    -- optimistic lock: every accepted change increments it
    version        int         not null default 0,
    -- field values exactly as accepted, keyed by field id
    field_values   jsonb       not null default '{}',
    parent_task_id bigint references tasks (id),
    last_activity_at timestamptz not null
);
create index tasks_org_form_created_idx on tasks (org_id, form_id, created_at);
create index tasks_responsible_idx on tasks (responsible_id, last_activity_at);

-- Everyone a task is visible to by participation; the reason says how they take part.
create table task_participants (
    task_id   bigint not null references tasks (id) on delete cascade,
    member_id bigint not null references members (id),
    reason    text   not null check (reason in ('author', 'responsible', 'approver', 'subscriber', 'participant')),
    primary key (task_id, member_id, reason)
);
create index task_participants_member_idx on task_participants (member_id, task_id);

-- Approvals requested on a step. A round starts each time the task enters the step.
create table task_approvals (
    id         bigserial primary key,
    task_id    bigint      not null references tasks (id) on delete cascade,
    step       int         not null,
    round      int         not null,
    member_id  bigint      not null references members (id),
    choice     text        not null default 'waiting'
        check (choice in ('waiting', 'approved', 'rejected', 'acknowledged', 'revoked')),
    requested_at timestamptz not null,
    decided_at timestamptz
);
create index task_approvals_task_idx on task_approvals (task_id, step, round);
create index task_approvals_waiting_idx on task_approvals (member_id) where choice = 'waiting';

-- Each stay of a task in a step, for the time-in-step summaries.
create table task_step_visits (
    id         bigserial primary key,
    task_id    bigint      not null references tasks (id) on delete cascade,
    org_id     bigint      not null,
    step       int         not null,
    entered_at timestamptz not null,
    left_at    timestamptz
);
create index task_step_visits_task_idx on task_step_visits (task_id);

create table task_comments (
    id         bigserial primary key,
    task_id    bigint      not null references tasks (id) on delete cascade,
    org_id     bigint      not null,
    author_id  bigint      not null references members (id),
    text       text,
    created_at timestamptz not null,
    -- what the comment changed, for the API's comment shape (approval choice, field updates, ...)
    changes    jsonb       not null default '{}'
);
create index task_comments_task_idx on task_comments (task_id, id);

-- Every change to a task: who, when, what, old and new value.
create table task_history (
    id         bigserial primary key,
    task_id    bigint      not null references tasks (id) on delete cascade,
    org_id     bigint      not null,
    actor_id   bigint      not null references members (id),
    at         timestamptz not null,
    action     text        not null,
    field_id   int,
    field_name text,
    old_value  jsonb,
    new_value  jsonb,
    comment_id bigint references task_comments (id)
);
create index task_history_task_idx on task_history (task_id, id);

-- Last time a member looked at a task, to tell which followed tasks have new comments.
create table task_reads (
    task_id   bigint      not null references tasks (id) on delete cascade,
    member_id bigint      not null references members (id),
    read_at   timestamptz not null,
    primary key (task_id, member_id)
);

-- Uploaded files. Content is kept in the file store under potok.data-dir; a file not yet attached has no task.
create table attachments (
    id           bigserial primary key,
    org_id       bigint      not null references organizations (id),
    guid         uuid        not null unique,
    name         text        not null,
    size         bigint      not null,
    md5          text        not null,
    content_type text,
    storage_path text        not null,
    uploaded_by  bigint      not null references members (id),
    uploaded_at  timestamptz not null,
    task_id      bigint references tasks (id),
    comment_id   bigint references task_comments (id),
    field_id     int
);
create index attachments_task_idx on attachments (task_id);
