-- The agencies' applications to the e-services registry (rule 10 and appendix 2 of the 2011
-- rules): a supervisor files one for a service of their own agency, the registry operator
-- registers, amends or cancels the record as asked, or refuses with a reason.
CREATE TABLE registry_applications (
    id          INTEGER PRIMARY KEY AUTOINCREMENT,
    kind        TEXT NOT NULL CHECK (kind IN ('register', 'amend', 'cancel')),
    -- The filing supervisor's agency (item 1 of the form).
    agency      INTEGER NOT NULL REFERENCES agencies (number),
    -- Amend, cancel: the service it concerns; register: the service it gave, once registered.
    service_id  INTEGER REFERENCES services (id),
    -- The form as typed (JSON), and what its rules made of it: what approval does (JSON).
    form        TEXT NOT NULL,
    request     TEXT NOT NULL,
    status      TEXT NOT NULL DEFAULT 'submitted'
                CHECK (status IN ('submitted', 'registered', 'amended', 'cancelled', 'refused')),
    -- yyyy-mm-dd in Baku: 3 working days to register, 1 to amend or cancel.
    due_on      TEXT NOT NULL,
    filed_by    INTEGER NOT NULL REFERENCES accounts (id),
    filed_at    TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ', 'now')),
    decided_by  INTEGER REFERENCES accounts (id),
    decided_at  TEXT,
    refusal     TEXT,
    CHECK ((status = 'submitted') = (decided_at IS NULL)),
    CHECK ((status = 'refused') = (refusal IS NOT NULL))
);
-- The operator's queue: waiting applications by due date.
CREATE INDEX registry_applications_queue ON registry_applications (due_on, id)
    WHERE status = 'submitted';
CREATE INDEX registry_applications_by_agency ON registry_applications (agency, id);

-- Which application a change of a record came from; none for the operator's token API (and the
-- catalogue's first load).
ALTER TABLE registry_events ADD COLUMN application_id INTEGER REFERENCES registry_applications (id);

-- Audit entries about a registry application rather than a citizen's application.
ALTER TABLE audit_log ADD COLUMN registry_application_id INTEGER
    REFERENCES registry_applications (id);
