-- The public holidays and the days off the Cabinet of Ministers moves, besides weekends: the
-- calendar deadlines count working days over. An administrator keeps it in the back office;
-- the configured `calendar.holidays` fill it once, on the first start with an empty table.
-- `added_by` is NULL for the days loaded from the configuration.
CREATE TABLE holidays (
    day       TEXT PRIMARY KEY NOT NULL,
    name_az   TEXT NOT NULL,
    name_en   TEXT NOT NULL DEFAULT '',
    name_ru   TEXT NOT NULL DEFAULT '',
    added_by  INTEGER REFERENCES accounts (id),
    added_at  TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ', 'now'))
) WITHOUT ROWID;
