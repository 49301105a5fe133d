-- A legal person host's staff (a hotel's receptionists): each colleague the host's first account
-- invites gets an account of their own and files applications for the organisation. An address
-- that had an account is told, not attached: it joins only with an address of its own.
CREATE TABLE host_staff (
    id               INTEGER PRIMARY KEY AUTOINCREMENT,
    host_account_id  INTEGER NOT NULL REFERENCES hosts (account_id),
    email            TEXT NOT NULL,
    surname          TEXT NOT NULL,
    name             TEXT NOT NULL,
    -- The account made for the invitation; none when the address had one already.
    account_id       INTEGER UNIQUE REFERENCES accounts (id),
    invited_by       INTEGER NOT NULL REFERENCES accounts (id),
    invited_at       TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ', 'now')),
    removed_at       TEXT
);
CREATE INDEX host_staff_by_host ON host_staff (host_account_id, id);
