-- Regulations the agency writes (issue 17, rules 9.1–9.8). A row is one text of a service's
-- regulation through its life: written (`editing`), put to public discussion until a day
-- (`discussion`), then approved as the service's next version (`approved`), which is copied into
-- `services.regulation`, the one the card, due dates and refusals read. A service has at most one
-- draft not yet approved.
CREATE TABLE regulations (
    id                    INTEGER PRIMARY KEY,
    service               TEXT NOT NULL,
    regulation            TEXT NOT NULL,
    stage                 TEXT NOT NULL DEFAULT 'editing'
                          CHECK (stage IN ('editing', 'discussion', 'approved')),
    saved_by              INTEGER REFERENCES accounts (id),
    saved_at              TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ', 'now')),
    -- One more at every save: what was checked, agreed to or put to discussion is named by it.
    revision              INTEGER NOT NULL DEFAULT 1,
    discussion_opened_on  TEXT,
    discussion_until      TEXT,
    version               INTEGER CHECK (version > 0),
    approved_on           TEXT,
    -- None for the demo regulations the demo data brings.
    approved_by           INTEGER REFERENCES accounts (id),
    CHECK ((stage = 'approved') = (version IS NOT NULL AND approved_on IS NOT NULL)),
    CHECK (stage != 'discussion' OR (discussion_opened_on IS NOT NULL AND discussion_until IS NOT NULL))
);
CREATE UNIQUE INDEX regulations_one_draft ON regulations (service) WHERE stage != 'approved';
CREATE UNIQUE INDEX regulations_versions ON regulations (service, version);

-- The participating agencies a draft names, and what each said of it (rule 9.2): an answer
-- counts for the revision it was given to; every save makes a new revision.
CREATE TABLE regulation_participants (
    regulation  INTEGER NOT NULL REFERENCES regulations (id),
    agency      INTEGER NOT NULL,
    decision    TEXT CHECK (decision IN ('agreed', 'objected')),
    comment     TEXT,
    revision    INTEGER,
    decided_by  INTEGER REFERENCES accounts (id),
    decided_at  TEXT,
    PRIMARY KEY (regulation, agency)
);

-- The public discussion: a logged-in person's comment, and the agency's public answer.
CREATE TABLE regulation_comments (
    id           INTEGER PRIMARY KEY,
    regulation   INTEGER NOT NULL REFERENCES regulations (id),
    account_id   INTEGER NOT NULL REFERENCES accounts (id),
    author       TEXT NOT NULL,
    body         TEXT NOT NULL,
    at           TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ', 'now')),
    answer       TEXT,
    answered_by  INTEGER REFERENCES accounts (id),
    answered_at  TEXT
);
CREATE INDEX regulation_comments_in_order ON regulation_comments (regulation, id);
