create table organizations (
    id         bigserial primary key,
    name       text        not null,
    time_zone  text        not null default 'Europe/Moscow',
    is_demo    boolean     not null default false,
    created_at timestamptz not null default now()
);

create table departments (
    id        bigserial primary key,
    org_id    bigint not null references organizations (id),
    parent_id bigint references departments (id),
    name      text   not null,
    head_id   bigint
);
create index departments_org_idx on departments (org_id);

-- A member is a person or a bot. Emails are unique across the installation so that sign-in needs no
-- organisation name.
create table members (
    id                bigserial primary key,
    org_id            bigint      not null references organizations (id),
    email             text        not null,
    first_name        text        not null,
    last_name         text        not null default '',
    position          text,
    kind              text        not null default 'person' check (kind in ('person', 'bot')),
    password_hash     text,
    security_key_hash text,
    locale            text        not null default 'ru',
    time_zone         text,
    department_id     bigint references departments (id),
    is_admin          boolean     not null default false,
    banned            boolean     not null default false,
    bot_url           text,
    created_at        timestamptz not null default now()
);
create unique index members_email_idx on members (lower(email));
create index members_org_idx on members (org_id);
alter table departments add constraint departments_head_fk foreign key (head_id) references members (id);

create table roles (
    id     bigserial primary key,
    org_id bigint  not null references organizations (id),
    name   text    not null,
    banned boolean not null default false
);
create index roles_org_idx on roles (org_id);

create table role_members (
    role_id   bigint not null references roles (id) on delete cascade,
    member_id bigint not null references members (id),
    primary key (role_id, member_id)
);
create index role_members_member_idx on role_members (member_id);

-- API access tokens; only a SHA-256 hash of each token is stored.
create table api_tokens (
    token_hash text primary key,
    org_id     bigint      not null references organizations (id),
    member_id  bigint      not null references members (id),
    created_at timestamptz not null,
    expires_at timestamptz not null,
    revoked_at timestamptz
);
create index api_tokens_member_idx on api_tokens (member_id);
