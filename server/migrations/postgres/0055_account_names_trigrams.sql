-- The back office's search by a part of a name: each account's name in both orders (surname
-- first, then name first), indexed three letters at a time by pg_trgm, so that a search finds
-- the few accounts and then their applications instead of testing the agency's whole queue in
-- due order (ADR 15). pg_trgm ships with PostgreSQL and is a trusted extension: the
-- database's owner may create it.
CREATE EXTENSION IF NOT EXISTS pg_trgm;

CREATE INDEX accounts_by_names ON accounts
    USING gin (lower(surname || ' ' || name || E'\n' || name || ' ' || surname) gin_trgm_ops);

