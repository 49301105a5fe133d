-- SQLite's 0053 indexes accounts' names for the back office's search by name. PostgreSQL
-- searches the queue with LIKE, which its planner already keeps within 1× of a small queue
-- (ADR 15), so it needs no table: this migration keeps the numbers aligned.
SELECT 1;
