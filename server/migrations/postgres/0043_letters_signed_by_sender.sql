-- Rule 12.2 for correspondence: a letter is signed by its sender before it exists, so a signing
-- request no longer always belongs to an application. One without an application covers a letter
-- (its content says which agency, subject and words).
-- The letter's first message keeps the sender's signature in letter_messages' signature columns, as an
-- agency's step keeps its officer's.
ALTER TABLE signing_requests ALTER COLUMN application_id DROP NOT NULL;
CREATE INDEX signing_requests_of_account ON signing_requests (account_id) WHERE application_id IS NULL;
