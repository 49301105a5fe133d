-- The account's mobile number, shown to be the person's by a one-time code sent by SMS.
ALTER TABLE accounts ADD COLUMN phone TEXT;

-- Only a hash of the code is kept; a few wrong tries use the code up.
CREATE TABLE phone_confirmations (
    id          INTEGER PRIMARY KEY AUTOINCREMENT,
    account_id  INTEGER NOT NULL REFERENCES accounts (id),
    phone       TEXT NOT NULL,
    code_hash   TEXT NOT NULL,
    tries       INTEGER NOT NULL DEFAULT 0,
    expires_at  TEXT NOT NULL,
    used_at     TEXT
);

CREATE INDEX phone_confirmations_by_account ON phone_confirmations (account_id, id);
