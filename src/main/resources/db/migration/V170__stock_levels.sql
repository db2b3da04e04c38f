-- Stock on hand of catalog items per warehouse (named by text), with the part reserved for open tasks.
-- on_hand may drop below reserved when a stock report lowers it after a reservation: the reservation is
-- kept and available (on_hand - reserved) is negative until the stock is replenished or released.
create table stock_levels (
    org_id     bigint  not null references organizations (id),
    catalog_id bigint  not null references catalogs (id),
    item_id    bigint  not null references catalog_items (id),
    warehouse  text    not null,
    on_hand    numeric not null default 0,
    reserved   numeric not null default 0 check (reserved >= 0),
    primary key (item_id, warehouse)
);
create index stock_levels_catalog_idx on stock_levels (catalog_id, warehouse);

-- The quantities each task has reserved, per item and warehouse. task_id refers to tasks but carries no foreign key
-- because the catalogs module does not depend on tasks.
create table stock_reservations (
    org_id    bigint  not null references organizations (id),
    task_id   bigint  not null,
    item_id   bigint  not null references catalog_items (id),
    warehouse text    not null,
    quantity  numeric not null check (quantity > 0),
    primary key (task_id, item_id, warehouse)
);
create index stock_reservations_item_idx on stock_reservations (item_id, warehouse);
