-- The agency's side: officers with their second factor, who works which application, its due
-- date and result, and an append-only audit of who saw or changed what.

CREATE TABLE officers (
    account_id        INTEGER PRIMARY KEY REFERENCES accounts (id),
    agency            INTEGER NOT NULL REFERENCES agencies (number),
    role              TEXT NOT NULL CHECK (role IN
                      ('officer', 'supervisor', 'registry_operator', 'administrator')),
    -- The authenticator app's key (base32); confirmed by the first code typed back.
    totp_secret       TEXT NOT NULL,
    totp_confirmed_at TEXT,
    -- The last time step a code was accepted for: a code works once.
    totp_last_step    INTEGER NOT NULL DEFAULT 0,
    deactivated_at    TEXT,
    created_at        TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ', 'now'))
);

-- A password accepted, waiting for the authenticator's code. Only the token's hash is kept.
CREATE TABLE second_factor_challenges (
    token_hash  TEXT PRIMARY KEY,
    account_id  INTEGER NOT NULL REFERENCES accounts (id),
    expires_at  TEXT NOT NULL,
    used_at     TEXT
);

-- A session opened with both factors; only such a session reaches the back office.
ALTER TABLE sessions ADD COLUMN second_factor INTEGER NOT NULL DEFAULT 0;

ALTER TABLE applications ADD COLUMN agency INTEGER;
ALTER TABLE applications ADD COLUMN due_on TEXT;
ALTER TABLE applications ADD COLUMN assigned_to INTEGER REFERENCES accounts (id);
UPDATE applications SET agency = CAST(substr(service, 1, instr(service, '.') - 1) AS INTEGER);
-- The queue's order: by deadline, then by id, read a page at a time from a cursor.
CREATE INDEX applications_queue ON applications (agency, ifnull(due_on, '9999-12-31'), id)
    WHERE status != 'draft';

ALTER TABLE application_events ADD COLUMN officer_id INTEGER REFERENCES accounts (id);

-- The document an accepted or refused application ends with; the code is printed on it and
-- opens /verify/<code> for anyone holding the paper.
CREATE TABLE results (
    code            TEXT PRIMARY KEY,
    application_id  INTEGER NOT NULL UNIQUE REFERENCES applications (id),
    -- What the document says, as issued (JSON): it does not change when records do.
    content         TEXT NOT NULL,
    issued_at       TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ', 'now'))
);

CREATE TABLE audit_log (
    id              INTEGER PRIMARY KEY AUTOINCREMENT,
    at              TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ', 'now')),
    officer_id      INTEGER NOT NULL REFERENCES accounts (id),
    role            TEXT NOT NULL,
    agency          INTEGER NOT NULL,
    -- viewed, viewed_file, took, assigned, accepted, refused, returned, verified_host,
    -- created_officer, deactivated_officer
    action          TEXT NOT NULL,
    application_id  INTEGER REFERENCES applications (id),
    subject         TEXT
);
CREATE INDEX audit_by_application ON audit_log (application_id, id);
CREATE INDEX audit_by_agency ON audit_log (agency, id);

CREATE TRIGGER audit_log_is_append_only_update BEFORE UPDATE ON audit_log
BEGIN
    SELECT RAISE(ABORT, 'the audit log is append-only');
END;
CREATE TRIGGER audit_log_is_append_only_delete BEFORE DELETE ON audit_log
BEGIN
    SELECT RAISE(ABORT, 'the audit log is append-only');
END;
