-- Messages that leave Potok (webhooks, bot calls, email), written in the transaction of the change that caused
-- them and delivered afterwards, with retries whose times live here so that they survive a restart.
create table outbox_messages (
    delivery_id      uuid        primary key,
    org_id           bigint      not null,
    -- which OutboundHandler delivers it: webhook, bot or email
    kind             text        not null,
    -- what it goes to, in the handler's terms (a subscription as formId/id, a bot's member id, an address)
    target           text        not null,
    task_id          bigint,
    payload          jsonb       not null,
    status           text        not null default 'pending'
                                 check (status in ('pending', 'delivered', 'failed')),
    attempts         integer     not null default 0,
    -- attempts made before the last redelivery, so that a redelivered message gets a full set of retries
    attempts_before_redelivery integer not null default 0,
    -- while pending: when the next attempt may start; a claimed attempt moves it forward by the claim's lease
    next_attempt_at  timestamptz,
    last_status_code integer,
    last_error       text,
    created_at       timestamptz not null,
    delivered_at     timestamptz
);

create index outbox_messages_due_idx on outbox_messages (next_attempt_at) where status = 'pending';
create index outbox_messages_org_idx on outbox_messages (org_id, created_at desc);

-- The delivery log: one row per attempt.
create table outbox_attempts (
    id           bigserial   primary key,
    delivery_id  uuid        not null references outbox_messages (delivery_id) on delete cascade,
    attempt      integer     not null,
    attempted_at timestamptz not null,
    status_code  integer,
    error        text,
    duration_ms  bigint      not null
);

create index outbox_attempts_delivery_idx on outbox_attempts (delivery_id, attempt);
