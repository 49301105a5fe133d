-- PostgreSQL's 0055 indexes accounts' names for the back office's search by name, as SQLite's
-- 0053 and 0054 already do: this migration keeps the numbers aligned.
SELECT 1;
