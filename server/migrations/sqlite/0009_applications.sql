-- Reference data, uploaded files, hosts (place-of-stay registration) and applications of every
-- service with their history.

CREATE TABLE reference_items (
    list      TEXT NOT NULL,
    code      TEXT NOT NULL,
    name_az   TEXT NOT NULL,
    name_en   TEXT NOT NULL,
    name_ru   TEXT NOT NULL,
    PRIMARY KEY (list, code)
);

-- One uploaded file (a page of a scan). Its bytes are in the file store under `id`.
CREATE TABLE files (
    id          TEXT PRIMARY KEY,
    account_id  INTEGER REFERENCES accounts (id),
    -- Uploaded before its owner had an account: the hash of the secret that claims it.
    claim_hash  TEXT,
    -- The uploader's address, for the limit on uploads without an account.
    address     TEXT NOT NULL,
    name        TEXT NOT NULL,
    media_type  TEXT NOT NULL,
    size        INTEGER NOT NULL CHECK (size > 0),
    sha256      TEXT NOT NULL,
    created_at  TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ', 'now')),
    CHECK (account_id IS NOT NULL OR claim_hash IS NOT NULL)
);
CREATE INDEX files_by_address ON files (address, created_at);

-- A host of the place-of-stay service: a person or an organisation receiving foreigners.
CREATE TABLE hosts (
    account_id   INTEGER PRIMARY KEY REFERENCES accounts (id),
    kind         TEXT NOT NULL CHECK (kind IN ('natural', 'legal')),
    -- The registration form as it was sent (JSON).
    details      TEXT NOT NULL,
    -- The address, as one line, for the table and the officer.
    address      TEXT NOT NULL,
    verified_at  TEXT,
    created_at   TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ', 'now'))
);

CREATE TABLE applications (
    id             INTEGER PRIMARY KEY AUTOINCREMENT,
    -- `2026-000123`: the year it was started and its id.
    number         TEXT UNIQUE,
    service        TEXT NOT NULL,
    account_id     INTEGER NOT NULL REFERENCES accounts (id),
    status         TEXT NOT NULL DEFAULT 'draft' CHECK (status IN
                   ('draft', 'submitted', 'in_review', 'returned', 'resubmitted', 'accepted',
                    'refused', 'withdrawn')),
    -- Grows with each save: a save of an older version is refused.
    version        INTEGER NOT NULL DEFAULT 1,
    form           TEXT NOT NULL DEFAULT '{}',
    -- What the service's rules made of the form at the last submit (JSON), for tables.
    summary        TEXT,
    fields_to_fix  TEXT NOT NULL DEFAULT '[]',
    created_at     TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ', 'now')),
    updated_at     TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ', 'now')),
    submitted_at   TEXT
);
CREATE INDEX applications_by_account ON applications (account_id, id);

CREATE TABLE application_events (
    id              INTEGER PRIMARY KEY AUTOINCREMENT,
    application_id  INTEGER NOT NULL REFERENCES applications (id),
    status          TEXT NOT NULL,
    -- Who moved it: the applicant or the agency.
    actor           TEXT NOT NULL CHECK (actor IN ('applicant', 'agency')),
    note            TEXT,
    at              TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ', 'now'))
);
CREATE INDEX application_events_by_application ON application_events (application_id, id);

-- The files a submitted application carries: the agency's officers may read these.
CREATE TABLE application_files (
    application_id  INTEGER NOT NULL REFERENCES applications (id),
    file_id         TEXT NOT NULL REFERENCES files (id),
    PRIMARY KEY (application_id, file_id)
);
