-- Rule 12.2: applications signed by their sender. A signing request is the portal's side of one
-- ask to the sender's signature system: the canonical content it covers, and once signed the
-- signature and certificate. A submit uses a signed request once.
CREATE TABLE signing_requests (
    id              TEXT PRIMARY KEY,
    application_id  INTEGER NOT NULL REFERENCES applications (id),
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
CREATE INDEX signing_requests_of_application ON signing_requests (application_id);

-- Each sending of an application, signed or (where the regulation accepts it) not: the content,
-- the detached signature (hex DER) and the certificate, kept as sent so anyone can check them.
CREATE TABLE application_signatures (
    application_id  INTEGER NOT NULL REFERENCES applications (id),
    sending         INTEGER NOT NULL CHECK (sending > 0),
    means           TEXT CHECK (means IN ('asan-imza')),
    content         TEXT,
    signature       TEXT,
    certificate     TEXT,
    signed_at       TEXT,
    sent_at         TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ', 'now')),
    PRIMARY KEY (application_id, sending),
    CHECK ((means IS NULL) = (signature IS NULL AND content IS NULL AND certificate IS NULL AND signed_at IS NULL)),
    CHECK ((means IS NULL) != (signature IS NOT NULL AND content IS NOT NULL AND certificate IS NOT NULL AND signed_at IS NOT NULL))
);
