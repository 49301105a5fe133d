-- Logging in through the state's identity systems: an account may be known by its FIN alone,
-- so the e-mail becomes optional. SQLite cannot drop NOT NULL in place: the table is rebuilt,
-- with the foreign keys that point at it checked when the migration commits.

PRAGMA defer_foreign_keys = ON;

CREATE TABLE accounts_copy AS SELECT * FROM accounts;
DROP TABLE accounts;

CREATE TABLE accounts (
    id            INTEGER PRIMARY KEY AUTOINCREMENT,
    email         TEXT UNIQUE,
    surname       TEXT NOT NULL,
    name          TEXT NOT NULL,
    fin           TEXT UNIQUE,
    lang          TEXT NOT NULL CHECK (lang IN ('az', 'en', 'ru')),
    password_hash TEXT,
    created_at    TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ', 'now')),
    confirmed_at  TEXT,
    CHECK (email IS NOT NULL OR fin IS NOT NULL)
);

-- Putting the rows back satisfies the links and sessions that point at them.
INSERT INTO accounts (id, email, surname, name, fin, lang, password_hash, created_at, confirmed_at)
    SELECT id, email, surname, name, fin, lang, password_hash, created_at, confirmed_at FROM accounts_copy;
DROP TABLE accounts_copy;

-- A login started at an identity system. The browser holds the token; only its hash is kept.
CREATE TABLE login_attempts (
    token_hash   TEXT PRIMARY KEY,
    means        TEXT NOT NULL CHECK (means IN ('asan-imza', 'e-signature', 'egov')),
    -- The identity system's own reference for the request.
    provider_ref TEXT NOT NULL,
    expires_at   TEXT NOT NULL,
    used_at      TEXT
);

-- Every login, for the person's own history (rule 6.1.3).
CREATE TABLE login_events (
    id         INTEGER PRIMARY KEY AUTOINCREMENT,
    account_id INTEGER NOT NULL REFERENCES accounts (id),
    means      TEXT NOT NULL CHECK (means IN ('password', 'asan-imza', 'e-signature', 'egov')),
    at         TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ', 'now'))
);

CREATE INDEX login_events_by_account ON login_events (account_id, at);

-- Development and demo only: the simulated identity systems' side of each request (what the
-- Asan İmza phone or the E-Gov page would hold). Unused where real systems are connected.
CREATE TABLE simulated_identity_requests (
    id                TEXT PRIMARY KEY,
    means             TEXT NOT NULL CHECK (means IN ('asan-imza', 'e-signature', 'egov')),
    phone             TEXT,
    verification_code TEXT,
    -- Asan İmza: the holder asked; the others: the demo person chosen on the simulator's page.
    fin               TEXT,
    return_to         TEXT,
    state             TEXT NOT NULL DEFAULT 'pending' CHECK (state IN ('pending', 'confirmed', 'refused')),
    expires_at        TEXT NOT NULL
);
