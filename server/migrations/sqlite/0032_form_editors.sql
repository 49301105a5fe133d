-- The service editor ("xidmət redaktoru", `form_editor`): an officer who builds and publishes
-- the forms of the agency's interactive services and works no applications. SQLite cannot
-- change a CHECK in place, so the officers table is rebuilt (the order SQLite's ALTER TABLE
-- documentation gives: make the new table, copy, drop the old, rename the new).
--
-- sqlx runs each migration in a transaction, where `PRAGMA foreign_keys = OFF` does nothing;
-- `defer_foreign_keys` instead moves every foreign key check of this transaction to its commit
-- (as 0004 did for accounts), and lapses by itself when the transaction ends. No table refers
-- to officers and it has no index or trigger of its own; its own references (accounts,
-- agencies) hold for every row copied, and the commit checks them.

PRAGMA defer_foreign_keys = ON;

CREATE TABLE officers_new (
    account_id        INTEGER PRIMARY KEY REFERENCES accounts (id),
    agency            INTEGER NOT NULL REFERENCES agencies (number),
    role              TEXT NOT NULL CHECK (role IN
                      ('officer', 'supervisor', 'registry_operator', 'administrator',
                       'form_editor')),
    -- The authenticator app's key (base32, sealed); confirmed by the first code typed back.
    totp_secret       TEXT NOT NULL,
    totp_confirmed_at TEXT,
    -- The last time step a code was accepted for: a code works once.
    totp_last_step    INTEGER NOT NULL DEFAULT 0,
    deactivated_at    TEXT,
    created_at        TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ', 'now'))
);

INSERT INTO officers_new (account_id, agency, role, totp_secret, totp_confirmed_at,
                          totp_last_step, deactivated_at, created_at)
    SELECT account_id, agency, role, totp_secret, totp_confirmed_at,
           totp_last_step, deactivated_at, created_at
    FROM officers;

DROP TABLE officers;
ALTER TABLE officers_new RENAME TO officers;
