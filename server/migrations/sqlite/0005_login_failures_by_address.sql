-- Failed logins are also counted per client address, so one address cannot guess at many
-- accounts at once (each account's own limit would not notice).
ALTER TABLE login_failures ADD COLUMN address TEXT;

CREATE INDEX login_failures_by_address ON login_failures (address, at);
