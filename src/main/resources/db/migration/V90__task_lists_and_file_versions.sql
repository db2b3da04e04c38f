-- Task lists (the Pyrus "lists"), which project fields put tasks in. A list may sit under a parent list.
create table task_lists (
    id         bigserial primary key,
    org_id     bigint      not null references organizations (id),
    name       text        not null,
    parent_id  bigint references task_lists (id),
    created_at timestamptz not null
);
create index task_lists_org_idx on task_lists (org_id, name);

-- Files kept in file fields have versions: a new version points to the one it replaced, which stays
-- attached to the task and downloadable.
alter table attachments add column version int not null default 1;
alter table attachments add column previous_id bigint references attachments (id);
create index attachments_task_field_idx on attachments (task_id, field_id);
