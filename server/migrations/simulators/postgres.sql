-- The simulators' own tables on PostgreSQL (as sqlite.sql, with BIGINT and BOOLEAN columns):
-- development and demo only, created when a simulator is configured.

-- The simulated identity systems' side of each request (what the Asan İmza phone or the E-Gov
-- page would hold).
CREATE TABLE IF NOT EXISTS simulated_identity_requests (
    id                TEXT PRIMARY KEY,
    means             TEXT NOT NULL CHECK (means IN ('asan-imza', 'e-signature', 'egov')),
    phone             TEXT,
    verification_code TEXT,
    -- Asan İmza: the holder asked; the others: the demo person chosen on the simulator's page.
    fin               TEXT,
    return_to         TEXT,
    state             TEXT NOT NULL DEFAULT 'pending' CHECK (state IN ('pending', 'confirmed', 'refused')),
    expires_at        TEXT NOT NULL
);

-- The simulated Asan İmza's signing requests: the digest it signs once the holder types PIN2 on
-- the phone, and the summary the phone shows.
CREATE TABLE IF NOT EXISTS simulated_signing_requests (
    id                TEXT PRIMARY KEY,
    fin               TEXT NOT NULL,
    phone             TEXT NOT NULL,
    verification_code TEXT NOT NULL,
    digest            TEXT NOT NULL,
    summary           TEXT NOT NULL,
    state             TEXT NOT NULL DEFAULT 'pending' CHECK (state IN ('pending', 'signed', 'refused')),
    expires_at        TEXT NOT NULL
);

-- The simulated e-signature card system's signing requests: the digest the card signs once the
-- tester chooses whose card is in the reader (fin) and types its PIN on the system's page, and the
-- summary that page shows.
CREATE TABLE IF NOT EXISTS simulated_card_signings (
    id          TEXT PRIMARY KEY,
    digest      TEXT NOT NULL,
    summary     TEXT NOT NULL,
    fin         TEXT,
    state       TEXT NOT NULL DEFAULT 'pending' CHECK (state IN ('pending', 'signed', 'refused')),
    expires_at  TEXT NOT NULL,
    CHECK ((state = 'signed') = (fin IS NOT NULL))
);

-- The migration service's fines, seeded from server/data/fines.json.
CREATE TABLE IF NOT EXISTS simulated_fines (
    payment_number TEXT PRIMARY KEY,
    security_code  TEXT NOT NULL,
    fin            TEXT,
    person         TEXT NOT NULL,
    article        TEXT NOT NULL,
    reason         TEXT NOT NULL,
    issued_on      TEXT NOT NULL,
    due_on         TEXT NOT NULL,
    amount_qepik   BIGINT NOT NULL,
    paid_at        TEXT,
    paid_by        TEXT
);

-- The payment gateway's orders.
CREATE TABLE IF NOT EXISTS simulated_gateway_orders (
    id              TEXT PRIMARY KEY,
    idempotency_key TEXT NOT NULL UNIQUE,
    amount_qepik    BIGINT NOT NULL,
    description     TEXT NOT NULL,
    return_url      TEXT NOT NULL,
    state           TEXT NOT NULL DEFAULT 'awaiting_card'
                    CHECK (state IN ('awaiting_card', 'awaiting_three_ds', 'processing', 'paid', 'failed', 'refunded')),
    failure         TEXT,
    -- The "late charge" test card: the bank says declined, then reports the charge from the
    -- second status query on, as banks now and then do.
    late_charge     BOOLEAN NOT NULL DEFAULT FALSE,
    status_asked    BIGINT NOT NULL DEFAULT 0,
    transaction_id  TEXT,
    rrn             TEXT,
    masked_card     TEXT,
    paid_at         TEXT,
    created_at      TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ', 'now')),
    expires_at      TEXT NOT NULL
);
