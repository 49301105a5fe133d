-- A payment pays a fine or the fee of an application whose form asks one. For a fee,
-- `payment_number` holds the application's number (`2026-000123`, never 14 digits like a fine's),
-- so the one-live-payment index already allows one fee payment under way or paid per
-- application: a double click or a second tab meets the first.
ALTER TABLE payments ADD COLUMN purpose TEXT NOT NULL DEFAULT 'fine'
    CHECK (purpose IN ('fine', 'fee'));
-- The service whose application the fee is for, for the receipt.
ALTER TABLE payments ADD COLUMN service TEXT;
