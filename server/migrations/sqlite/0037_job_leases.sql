-- Who runs each periodic job that asks outside systems or works in rounds (payment
-- reconciliation, the deadline watch, the debt checks, the clean-up of unclaimed uploads): one
-- server at a time among those sharing the database, until its lease runs out unrenewed.
CREATE TABLE job_leases (
    job    TEXT PRIMARY KEY,
    holder TEXT NOT NULL,
    until  TEXT NOT NULL
);
