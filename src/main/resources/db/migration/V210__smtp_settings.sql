-- One SMTP server per organisation, through which rules and notifications send email. The password is
-- encrypted by the platform's secret store; the page never shows it again.
create table smtp_settings (
    org_id             bigint      primary key,
    host               text        not null,
    port               integer     not null check (port between 1 and 65535),
    -- none, starttls or ssl_tls, as in SmtpSecurity
    security           text        not null,
    username           text,
    password_encrypted text,
    sender_address     text        not null,
    sender_name        text,
    enabled            boolean     not null default false,
    updated_at         timestamptz not null default now()
);
