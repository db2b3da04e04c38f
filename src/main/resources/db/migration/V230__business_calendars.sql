-- Business calendars: one per organisation (department_id null) and at most one per department. A department
-- without a calendar uses its nearest parent's, then the organisation's. An organisation without a stored
-- row works Monday to Friday 09:00-18:00 in its own time zone.
create table business_calendars (
    id            bigserial primary key,
    org_id        bigint not null references organizations (id),
    department_id bigint references departments (id) on delete cascade,
    zone          text   not null
);
create unique index business_calendars_org_idx on business_calendars (org_id) where department_id is null;
create unique index business_calendars_department_idx on business_calendars (department_id)
    where department_id is not null;

-- Working hours per ISO weekday (1 = Monday ... 7 = Sunday); a weekday without a row is a day off.
create table business_calendar_hours (
    calendar_id bigint   not null references business_calendars (id) on delete cascade,
    org_id      bigint   not null,
    weekday     smallint not null check (weekday between 1 and 7),
    opens       time     not null,
    closes      time     not null check (closes > opens),
    primary key (calendar_id, weekday)
);

-- Dates that differ from the week: a holiday has no hours, an extra working day has its hours.
create table business_calendar_dates (
    calendar_id bigint not null references business_calendars (id) on delete cascade,
    org_id      bigint not null,
    day         date   not null,
    opens       time,
    closes      time,
    check ((opens is null) = (closes is null)),
    check (closes > opens),
    primary key (calendar_id, day)
);
