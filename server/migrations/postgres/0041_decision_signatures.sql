-- Rule 12.1: the agency's answer is signed by the deciding officer. Each decision an officer
-- took (accept, refuse, return) with the canonical content signed, the detached signature (hex
-- DER) and the certificate, kept as signed so that the result document can be checked by
-- anyone holding its code. A decision of an automated check, or one taken while no signing
-- service was connected, has no row.
CREATE TABLE decision_signatures (
    application_id  BIGINT NOT NULL REFERENCES applications (id),
    version         BIGINT NOT NULL,
    officer_id      BIGINT NOT NULL REFERENCES accounts (id),
    result_code     TEXT UNIQUE REFERENCES results (code),
    content         TEXT NOT NULL,
    signature       TEXT NOT NULL,
    certificate     TEXT NOT NULL,
    signed_at       TEXT NOT NULL,
    PRIMARY KEY (application_id, version)
);
