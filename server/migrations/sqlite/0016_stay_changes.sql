-- Changes to an accepted place-of-stay registration: an early departure the host reports (it
-- stands as reported) or an extension the host asks for and the agency answers.
CREATE TABLE stay_changes (
    id              INTEGER PRIMARY KEY AUTOINCREMENT,
    application_id  INTEGER NOT NULL REFERENCES applications (id),
    -- The change as its rules read it (StayChange JSON).
    change          TEXT NOT NULL,
    kind            TEXT NOT NULL CHECK (kind IN ('early_departure', 'extension')),
    status          TEXT NOT NULL CHECK (status IN ('reported', 'requested', 'accepted', 'refused')),
    requested_by    INTEGER NOT NULL REFERENCES accounts (id),
    requested_at    TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ', 'now')),
    decided_by      INTEGER REFERENCES accounts (id),
    decided_at      TEXT,
    note            TEXT
);
CREATE INDEX stay_changes_by_application ON stay_changes (application_id, id);
-- One extension waits for an answer at a time.
CREATE UNIQUE INDEX stay_changes_one_request ON stay_changes (application_id) WHERE status = 'requested';
