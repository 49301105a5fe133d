-- SQLite's 0054 indexes applications by account for its search by name. PostgreSQL searches
-- the queue with LIKE (see its 0053), so it needs no index: this migration keeps the numbers
-- aligned.
SELECT 1;
