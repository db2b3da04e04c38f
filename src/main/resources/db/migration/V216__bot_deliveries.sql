-- Bots already sent a task for their waiting approval on a step, so that later changes on the same step do
-- not send it again. A row goes away when the bot no longer waits on the task.
create table bot_waits (
    org_id  bigint not null,
    task_id bigint not null,
    bot_id  bigint not null,
    step    int    not null,
    primary key (task_id, bot_id)
);

-- Hand-offs in a row from one bot's change to a bot on the same task; a person's change resets the count.
create table bot_chains (
    org_id    bigint not null,
    task_id   bigint primary key,
    hand_offs int    not null
);
