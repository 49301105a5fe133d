-- Whose message it is: the account a message tells (by e-mail to its own address or an
-- application's contact address, or by SMS to a phone it gave), so the cabinet lists every
-- message sent about the person's applications, also to a person with no e-mail address (logged
-- in by Asan İmza). None for a message to an address that belongs to no account.
ALTER TABLE outbox ADD COLUMN account_id INTEGER REFERENCES accounts (id) ON DELETE SET NULL;
-- The subject as it was sent: the values it was rendered with are emptied once it is sent (they
-- hold links with live tokens), and the cabinet shows what the person received.
ALTER TABLE outbox ADD COLUMN subject TEXT;

UPDATE outbox SET account_id = (SELECT id FROM accounts WHERE accounts.email = outbox.recipient);

CREATE INDEX outbox_account ON outbox (account_id, id) WHERE account_id IS NOT NULL;
