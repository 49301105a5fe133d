-- Every mobile number an account showed to be its own by an SMS code: each is confirmed once,
-- and a service that texts (the debt certificate) may use several. `accounts.phone` stays the
-- number the portal's own notices go to (the last one confirmed or chosen).
CREATE TABLE account_phones (
    account_id    INTEGER NOT NULL REFERENCES accounts (id),
    phone         TEXT NOT NULL,
    confirmed_at  TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ', 'now')),
    PRIMARY KEY (account_id, phone)
);
INSERT INTO account_phones (account_id, phone) SELECT id, phone FROM accounts WHERE phone IS NOT NULL;
