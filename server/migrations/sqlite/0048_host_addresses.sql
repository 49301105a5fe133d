-- Seed 002, Şəkil 7 ("Seçilmiş ünvan"): a host keeps one or more addresses where guests stay
-- (a hotel chain, a person with two flats). The agency checks each on its own, against the
-- host's document and scan, and confirms or refuses it with a reason the host receives; each
-- application chooses one of the confirmed ones. The address registration gave is the first.
CREATE TABLE host_addresses (
    id          INTEGER PRIMARY KEY AUTOINCREMENT,
    host_id     INTEGER NOT NULL REFERENCES hosts (account_id),
    -- One line, in Azerbaijani: how the host, the officer and the result read it.
    address     TEXT NOT NULL,
    status      TEXT NOT NULL DEFAULT 'waiting' CHECK (status IN ('waiting', 'verified', 'refused')),
    -- What the host is told when the agency refuses the address.
    refusal     TEXT,
    decided_by  INTEGER REFERENCES accounts (id),
    decided_at  TEXT,
    created_at  TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ', 'now')),
    CHECK ((status = 'refused') = (refusal IS NOT NULL))
);
CREATE INDEX host_addresses_of_host ON host_addresses (host_id, id);
CREATE INDEX host_addresses_waiting ON host_addresses (created_at) WHERE status = 'waiting';

INSERT INTO host_addresses (host_id, address, status, decided_at, created_at)
SELECT account_id, address, CASE WHEN verified_at IS NULL THEN 'waiting' ELSE 'verified' END,
       verified_at, created_at
FROM hosts ORDER BY created_at, account_id;

ALTER TABLE hosts DROP COLUMN address;
ALTER TABLE hosts DROP COLUMN verified_at;
