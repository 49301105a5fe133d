-- The customs committee's obligation form (seed 004): each declarant accepts it once, before
-- their first document, and the acceptance names who accepted which wording and when.
CREATE TABLE customs_obligations (
    account_id   INTEGER PRIMARY KEY REFERENCES accounts (id),
    version      INTEGER NOT NULL,
    surname      TEXT NOT NULL,
    name         TEXT NOT NULL,
    fin          TEXT,
    accepted_at  TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ', 'now'))
);

-- A person's sent applications of one service by the time they were sent: the customs
-- documents' search by period.
CREATE INDEX applications_sent_by_account ON applications (account_id, service, submitted_at)
    WHERE submitted_at IS NOT NULL;
