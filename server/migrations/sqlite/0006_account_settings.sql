-- The cabinet's settings: which channels notifications use, a request to delete the account,
-- and changes of e-mail address waiting for the new address to be confirmed.

ALTER TABLE accounts ADD COLUMN notify_email INTEGER NOT NULL DEFAULT 1 CHECK (notify_email IN (0, 1));
ALTER TABLE accounts ADD COLUMN notify_sms INTEGER NOT NULL DEFAULT 0 CHECK (notify_sms IN (0, 1));
ALTER TABLE accounts ADD COLUMN deletion_requested_at TEXT;

CREATE TABLE email_changes (
    token_hash TEXT PRIMARY KEY,
    account_id INTEGER NOT NULL REFERENCES accounts (id),
    new_email  TEXT NOT NULL,
    expires_at TEXT NOT NULL,
    used_at    TEXT
);
