-- The e-services registry (rule 10): agencies, their services, and every registry action.

CREATE TABLE agencies (
    number  INTEGER PRIMARY KEY,
    name_az TEXT NOT NULL,
    name_en TEXT NOT NULL,
    name_ru TEXT NOT NULL
);

CREATE TABLE services (
    -- Also the registry number's sequence: ids are never reused, so neither are registry numbers.
    id           INTEGER PRIMARY KEY AUTOINCREMENT,
    agency       INTEGER NOT NULL REFERENCES agencies (number),
    position     INTEGER NOT NULL CHECK (position > 0),
    title_az     TEXT NOT NULL,
    title_en     TEXT NOT NULL,
    title_ru     TEXT NOT NULL,
    kind         TEXT NOT NULL CHECK (kind IN ('informative', 'interactive')),
    kind_derived INTEGER NOT NULL,
    in_2011_list INTEGER NOT NULL,
    regulation   TEXT NOT NULL DEFAULT '{}',
    cancelled_at TEXT,
    UNIQUE (agency, position)
);

CREATE TABLE registry_events (
    id         INTEGER PRIMARY KEY AUTOINCREMENT,
    service_id INTEGER NOT NULL REFERENCES services (id),
    action     TEXT NOT NULL CHECK (action IN ('registered', 'amended', 'cancelled')),
    at         TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ', 'now')),
    data       TEXT NOT NULL
);

CREATE INDEX registry_events_by_service ON registry_events (service_id, id);
