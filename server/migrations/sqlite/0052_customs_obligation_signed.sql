-- Rule 12.2 for the customs committee's obligation form: the declarant signs it as they sign a
-- complaint, before it is kept (the signing request has no application: its content names the
-- wording, its version and the declarant). The obligation keeps the canonical content, the
-- detached signature (hex DER), the certificate and the time; none where it was accepted
-- unsigned, as the service's regulation may allow.
ALTER TABLE customs_obligations ADD COLUMN signed_content TEXT;
ALTER TABLE customs_obligations ADD COLUMN signature TEXT;
ALTER TABLE customs_obligations ADD COLUMN certificate TEXT;
ALTER TABLE customs_obligations ADD COLUMN signed_at TEXT;
