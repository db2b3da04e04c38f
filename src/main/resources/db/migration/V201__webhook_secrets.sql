-- The signing secret of each webhook subscription, encrypted by the platform's secret store. It lives outside
-- the form definition so that exported process files never carry it, and it survives new form versions
-- because subscriptions keep their id.
create table webhook_secrets (
    org_id           bigint      not null,
    form_id          bigint      not null,
    webhook_id       text        not null,
    secret_encrypted text        not null,
    created_at       timestamptz not null,
    primary key (form_id, webhook_id)
);
