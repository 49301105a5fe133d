-- Rule 12.2's signing step offers the Asan İmza a person last logged in with (its phone number
-- and user ID), so that they need not type it again: the login attempt keeps the user ID it
-- asked with until the login completes, and the account keeps the pair.
ALTER TABLE login_attempts ADD COLUMN asan_user_id TEXT;
ALTER TABLE accounts ADD COLUMN asan_imza_phone TEXT;
ALTER TABLE accounts ADD COLUMN asan_imza_user_id TEXT;
