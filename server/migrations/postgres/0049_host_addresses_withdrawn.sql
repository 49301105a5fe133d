-- A host takes an address off their list (a flat sold, a hotel closed): it is no longer
-- offered to new applications nor checked by the agency. The row stays, with when it was
-- withdrawn, because sent applications and the agency's decision name it.
ALTER TABLE host_addresses ADD COLUMN withdrawn_at TEXT;
