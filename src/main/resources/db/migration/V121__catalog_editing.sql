-- Catalog pages: optimistic versions for items and catalogs, and a trigram index for the item search.

-- pg_trgm is a trusted extension since PostgreSQL 13, so a database owner without superuser rights can
-- create it.
create extension if not exists pg_trgm;

alter table catalog_items add column if not exists version bigint not null default 1;

-- Every update of a catalog or an item raises its version, whichever code writes it, so that a change
-- made from a page opened before is detected instead of overwriting the newer values.
create function potok_next_version() returns trigger language plpgsql as $$
begin
    new.version := old.version + 1;
    return new;
end
$$;

create trigger catalog_items_version before update on catalog_items
    for each row execute function potok_next_version();

create trigger catalogs_version before update on catalogs
    for each row execute function potok_next_version();

-- The lower-cased cells of an item joined by the unit separator (U+001F), so that a search term never
-- matches across two cells. Immutable so that it can back an index.
create function catalog_item_search_text(item_values jsonb) returns text
    language sql immutable parallel safe as $$
    select lower(coalesce(string_agg(cell, chr(31)), ''))
      from jsonb_array_elements_text(item_values) as cell
$$;

create index catalog_items_search_idx on catalog_items
    using gin (catalog_item_search_text(item_values) gin_trgm_ops);
