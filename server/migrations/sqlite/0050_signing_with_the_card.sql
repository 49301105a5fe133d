-- Rule 12.2: a sender signs with Asan İmza or with their e-signature card, so a signing request
-- and a sending name either system. SQLite cannot change a CHECK in place: both tables are made
-- again with the same rows.
CREATE TABLE signing_requests_again (
    id              TEXT PRIMARY KEY,
    application_id  INTEGER REFERENCES applications (id),
    account_id      INTEGER NOT NULL REFERENCES accounts (id),
    means           TEXT NOT NULL CHECK (means IN ('asan-imza', 'e-signature')),
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

CREATE TABLE application_signatures_again (
    application_id  INTEGER NOT NULL REFERENCES applications (id),
    sending         INTEGER NOT NULL CHECK (sending > 0),
    means           TEXT CHECK (means IN ('asan-imza', 'e-signature')),
    content         TEXT,
    signature       TEXT,
    certificate     TEXT,
    signed_at       TEXT,
    sent_at         TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ', 'now')),
    PRIMARY KEY (application_id, sending),
    CHECK ((means IS NULL) = (signature IS NULL AND content IS NULL AND certificate IS NULL AND signed_at IS NULL)),
    CHECK ((means IS NULL) != (signature IS NOT NULL AND content IS NOT NULL AND certificate IS NOT NULL AND signed_at IS NOT NULL))
);
INSERT INTO application_signatures_again
    (application_id, sending, means, content, signature, certificate, signed_at, sent_at)
SELECT application_id, sending, means, content, signature, certificate, signed_at, sent_at
FROM application_signatures;
DROP TABLE application_signatures;
ALTER TABLE application_signatures_again RENAME TO application_signatures;
