-- Rule 12.2 for correspondence: a letter is signed by its sender before it exists, so a signing
-- request no longer always belongs to an application. One without an application covers a letter
-- (its content says which agency, subject and words). The letter's first message keeps the
-- sender's signature in letter_messages' signature columns, as an agency's step keeps its officer's.
-- SQLite cannot drop a NOT NULL in place: the table is made again with the same rows.
CREATE TABLE signing_requests_again (
    id              TEXT PRIMARY KEY,
    application_id  INTEGER REFERENCES applications (id),
    account_id      INTEGER NOT NULL REFERENCES accounts (id),
    means           TEXT NOT NULL CHECK (means IN ('asan-imza')),
    provider_ref    TEXT NOT NULL,
    content         TEXT NOT NULL,
    state           TEXT NOT NULL DEFAULT 'waiting'
                    CHECK (state IN ('waiting', 'signed', 'refused', 'expired', 'used')),
    signature       TEXT,
    certificate     TEXT,
    created_at      TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ', 'now')),
    CHECK ((state IN ('signed', 'used')) = (signature IS NOT NULL AND certificate IS NOT NULL))
);
INSERT INTO signing_requests_again
    (id, application_id, account_id, means, provider_ref, content, state, signature, certificate, created_at)
SELECT id, application_id, account_id, means, provider_ref, content, state, signature, certificate, created_at
FROM signing_requests;
DROP TABLE signing_requests;
ALTER TABLE signing_requests_again RENAME TO signing_requests;
CREATE INDEX signing_requests_of_application ON signing_requests (application_id);
CREATE INDEX signing_requests_of_account ON signing_requests (account_id) WHERE application_id IS NULL;
