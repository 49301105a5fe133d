-- Complaints about a decision (the regulation's complaints section): filed by the applicant,
-- answered by the agency's supervisor by a due date of their own.
CREATE TABLE complaints (
    id              INTEGER PRIMARY KEY AUTOINCREMENT,
    application_id  INTEGER NOT NULL REFERENCES applications (id),
    text            TEXT NOT NULL,
    -- The pages the applicant attached (FileRef JSON); the files are the applicant's.
    files           TEXT NOT NULL DEFAULT '[]',
    due_on          TEXT,
    filed_at        TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ', 'now')),
    answer          TEXT,
    answered_by     INTEGER REFERENCES accounts (id),
    answered_at     TEXT
);
CREATE INDEX complaints_by_application ON complaints (application_id, id);
-- One complaint open at a time per application.
CREATE UNIQUE INDEX complaints_one_open ON complaints (application_id) WHERE answered_at IS NULL;
