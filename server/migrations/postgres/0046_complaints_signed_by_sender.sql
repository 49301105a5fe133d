-- Rule 12.2 for complaints: the applicant signs a complaint as they sign a letter, before it
-- exists (the signing request has no application: its content names the application, the words
-- and the pages). The complaint keeps the signature as a letter's message does: the canonical
-- content, the detached signature (hex DER), the certificate and the time; none where it was
-- sent unsigned, which the agency sees.
ALTER TABLE complaints ADD COLUMN signed_content TEXT;
ALTER TABLE complaints ADD COLUMN signature TEXT;
ALTER TABLE complaints ADD COLUMN certificate TEXT;
ALTER TABLE complaints ADD COLUMN signed_at TEXT;
