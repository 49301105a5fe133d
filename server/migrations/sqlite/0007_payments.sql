-- Paying fines through the payment gateway: one row per attempt, settled exactly once.

CREATE TABLE payments (
    id                INTEGER PRIMARY KEY AUTOINCREMENT,
    -- The payment's address (/payments/{public_id}) and its idempotency key at the gateway.
    public_id         TEXT NOT NULL UNIQUE,
    -- The client's key for the attempt: a double click or a resend gets the same payment.
    idempotency_key   TEXT NOT NULL UNIQUE,
    payment_number    TEXT NOT NULL,
    amount_qepik      INTEGER NOT NULL CHECK (amount_qepik > 0),
    account_id        INTEGER REFERENCES accounts (id),
    email             TEXT,
    -- Who was fined, for the receipt's greeting, and the language the receipt is sent in.
    person            TEXT NOT NULL,
    lang              TEXT NOT NULL CHECK (lang IN ('az', 'en', 'ru')),
    state             TEXT NOT NULL DEFAULT 'pending'
                      CHECK (state IN ('pending', 'paid', 'failed', 'refunded')),
    failure           TEXT,
    gateway_order_id  TEXT UNIQUE,
    transaction_id    TEXT,
    rrn               TEXT,
    masked_card       TEXT,
    paid_at           TEXT,
    created_at        TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ', 'now')),
    updated_at        TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ', 'now'))
);

-- One fine has at most one payment under way or paid: two tabs, two people or a late answer
-- cannot make a second one, and a second charge is found and refunded.
CREATE UNIQUE INDEX payments_one_live_per_fine ON payments (payment_number)
    WHERE state IN ('pending', 'paid');
CREATE INDEX payments_to_reconcile ON payments (state, created_at);
CREATE INDEX payments_by_account ON payments (account_id, created_at);

-- Wrong payment number / security code pairs, counted per address against guessing.
CREATE TABLE fine_lookup_failures (
    id      INTEGER PRIMARY KEY AUTOINCREMENT,
    address TEXT NOT NULL,
    at      TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ', 'now'))
);
CREATE INDEX fine_lookup_failures_by_address ON fine_lookup_failures (address, at);

-- Development and demo only: the migration service's fines (seeded from server/data/fines.json)
-- and the payment gateway's orders, as their simulators keep them.
CREATE TABLE simulated_fines (
    payment_number TEXT PRIMARY KEY,
    security_code  TEXT NOT NULL,
    fin            TEXT,
    person         TEXT NOT NULL,
    article        TEXT NOT NULL,
    reason         TEXT NOT NULL,
    issued_on      TEXT NOT NULL,
    due_on         TEXT NOT NULL,
    amount_qepik   INTEGER NOT NULL,
    paid_at        TEXT,
    paid_by        TEXT
);

CREATE TABLE simulated_gateway_orders (
    id              TEXT PRIMARY KEY,
    idempotency_key TEXT NOT NULL UNIQUE,
    amount_qepik    INTEGER NOT NULL,
    description     TEXT NOT NULL,
    return_url      TEXT NOT NULL,
    state           TEXT NOT NULL DEFAULT 'awaiting_card'
                    CHECK (state IN ('awaiting_card', 'awaiting_three_ds', 'processing', 'paid', 'failed', 'refunded')),
    failure         TEXT,
    -- The "late charge" test card: the bank says declined, then reports the charge from the
    -- second status query on, as banks now and then do.
    late_charge     INTEGER NOT NULL DEFAULT 0,
    status_asked    INTEGER NOT NULL DEFAULT 0,
    transaction_id  TEXT,
    rrn             TEXT,
    masked_card     TEXT,
    paid_at         TEXT,
    created_at      TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ', 'now')),
    expires_at      TEXT NOT NULL
);
