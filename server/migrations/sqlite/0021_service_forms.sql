-- Application forms an agency defines as data (ADR 0012): the draft its supervisor edits, never
-- shown to citizens, and the versions published from it, which never change. An application
-- keeps the version it was started on.

CREATE TABLE service_form_drafts (
    service     TEXT PRIMARY KEY,
    definition  TEXT NOT NULL,
    saved_by    INTEGER NOT NULL REFERENCES accounts (id),
    saved_at    TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ', 'now'))
);

CREATE TABLE service_form_versions (
    service       TEXT NOT NULL,
    version       INTEGER NOT NULL CHECK (version > 0),
    definition    TEXT NOT NULL,
    -- None for the demo forms the demo data brings.
    published_by  INTEGER REFERENCES accounts (id),
    published_at  TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ', 'now')),
    PRIMARY KEY (service, version)
);

ALTER TABLE applications ADD COLUMN form_version INTEGER;
