-- Every counted limit in one table: failed logins of an account and from an address, wrong fine
-- lookups, password-reset e-mails, registrations, SMS codes, uploads without an account. A hit
-- is written before the work it allows, in the same transaction that counts the earlier ones,
-- so a burst of simultaneous requests cannot all pass a check made before any of them wrote.
CREATE TABLE limit_hits (
    id    INTEGER PRIMARY KEY AUTOINCREMENT,
    scope TEXT NOT NULL,
    key   TEXT NOT NULL,
    at    TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ', 'now'))
);
CREATE INDEX limit_hits_by_key ON limit_hits (scope, key, at);
CREATE INDEX limit_hits_by_age ON limit_hits (scope, at);

-- Their counts move with them: a window of at most an hour is lost at the upgrade, no more.
INSERT INTO limit_hits (scope, key, at) SELECT 'failed_login', email, at FROM login_failures;
INSERT INTO limit_hits (scope, key, at)
    SELECT 'failed_login_from', address, at FROM login_failures WHERE address IS NOT NULL;
INSERT INTO limit_hits (scope, key, at)
    SELECT 'failed_fine_lookup_from', address, at FROM fine_lookup_failures;
DROP TABLE login_failures;
DROP TABLE fine_lookup_failures;
