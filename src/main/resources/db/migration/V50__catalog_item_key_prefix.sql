-- Serves the key-prefix search of catalog fields on the task pages.
create index catalog_items_key_prefix_idx on catalog_items (catalog_id, lower(item_key) text_pattern_ops);
