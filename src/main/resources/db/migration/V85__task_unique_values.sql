-- The values tasks have in fields marked unique, one row per task and field. The primary key lets only one
-- task of a form have a value in a field. It does so under concurrent creates too, where a check that reads
-- before writing would let both through. value_hash is the SHA-256 (hex) of the normalised value, so long
-- texts fit the index. Closed tasks keep their rows, so their values still count.
create table task_unique_values (
    form_id    bigint not null references forms (id),
    field_id   int    not null,
    value_hash text   not null,
    org_id     bigint not null references organizations (id),
    task_id    bigint not null references tasks (id) on delete cascade,
    primary key (form_id, field_id, value_hash)
);
create index task_unique_values_task_idx on task_unique_values (task_id, field_id);
