-- Other names of an organization (labels in other languages, former names, aliases) and acronyms,
-- used by name resolution so imports do not create duplicates. Filled by `ittc org import-ror`.
ALTER TABLE organizations ADD COLUMN aliases text[] NOT NULL DEFAULT '{}';
ALTER TABLE organizations ADD COLUMN acronyms text[] NOT NULL DEFAULT '{}';
