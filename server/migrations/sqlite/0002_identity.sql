-- Accounts made on the portal, the links sent to them, captchas, and the notification outbox.

CREATE TABLE accounts (
    id            INTEGER PRIMARY KEY AUTOINCREMENT,
    email         TEXT NOT NULL UNIQUE,
    surname       TEXT NOT NULL,
    name          TEXT NOT NULL,
    fin           TEXT UNIQUE,
    lang          TEXT NOT NULL CHECK (lang IN ('az', 'en', 'ru')),
    password_hash TEXT,
    created_at    TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ', 'now')),
    confirmed_at  TEXT
);

-- Only a hash of each link's token is kept: a copy of the database opens no account.
CREATE TABLE account_links (
    token_hash TEXT PRIMARY KEY,
    account_id INTEGER NOT NULL REFERENCES accounts (id),
    purpose    TEXT NOT NULL CHECK (purpose IN ('confirm', 'set_password')),
    expires_at TEXT NOT NULL,
    used_at    TEXT
);

-- Answers live minutes and open nothing by themselves: kept as they are.
CREATE TABLE captchas (
    id          TEXT PRIMARY KEY,
    answer      TEXT NOT NULL,
    expires_at  TEXT NOT NULL,
    used_at     TEXT
);

-- Written in the same transaction as the event that causes the message; the worker sends.
CREATE TABLE outbox (
    id              INTEGER PRIMARY KEY AUTOINCREMENT,
    message_id      TEXT NOT NULL UNIQUE,
    channel         TEXT NOT NULL CHECK (channel IN ('email', 'sms')),
    recipient       TEXT NOT NULL,
    template        TEXT NOT NULL,
    lang            TEXT NOT NULL,
    -- The template's values, links included; emptied once the message is sent.
    vars            TEXT NOT NULL,
    attempts        INTEGER NOT NULL DEFAULT 0,
    next_attempt_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ', 'now')),
    sent_at         TEXT,
    last_error      TEXT
);

CREATE INDEX outbox_due ON outbox (next_attempt_at) WHERE sent_at IS NULL;

-- Development only: what the dev mailer "sent", for the dev mailbox and the tests.
CREATE TABLE dev_mailbox (
    id         INTEGER PRIMARY KEY AUTOINCREMENT,
    message_id TEXT NOT NULL UNIQUE,
    channel    TEXT NOT NULL,
    recipient  TEXT NOT NULL,
    subject    TEXT NOT NULL,
    body       TEXT NOT NULL,
    sent_at    TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ', 'now'))
);
