-- Rules 11.6–11.7: official correspondence. A person writes to any agency of the catalogue; the
-- letter is with one agency at a time (a forward moves it), waits for its answer until due_on
-- (the portal's setting, not a quoted law), and goes on as a thread of messages.
CREATE TABLE letters (
    id              INTEGER PRIMARY KEY AUTOINCREMENT,
    number          TEXT UNIQUE,
    account_id      INTEGER NOT NULL REFERENCES accounts (id),
    agency          INTEGER NOT NULL REFERENCES agencies (number),
    subject         TEXT NOT NULL,
    status          TEXT NOT NULL DEFAULT 'sent' CHECK (status IN ('sent', 'answered', 'more_asked')),
    due_on          TEXT,
    -- When an officer of the agency holding it first opened it since the sender last wrote.
    read_at         TEXT,
    read_by         INTEGER REFERENCES accounts (id),
    sent_at         TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ', 'now')),
    updated_at      TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ', 'now'))
);
CREATE INDEX letters_of_account ON letters (account_id, id);
CREATE INDEX letters_of_agency ON letters (agency, status, due_on);

-- The thread: the letter itself, the sender's replies, the agency's answers, requests for more
-- and forwards, each with the agency it was written by or to, and its pages (FileRef JSON).
CREATE TABLE letter_messages (
    id              INTEGER PRIMARY KEY AUTOINCREMENT,
    letter_id       INTEGER NOT NULL REFERENCES letters (id),
    kind            TEXT NOT NULL CHECK (kind IN ('letter', 'reply', 'answer', 'more_asked', 'forwarded')),
    agency          INTEGER NOT NULL REFERENCES agencies (number),
    forwarded_to    INTEGER REFERENCES agencies (number),
    officer_id      INTEGER REFERENCES accounts (id),
    text            TEXT NOT NULL,
    files           TEXT NOT NULL DEFAULT '[]',
    written_at      TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ', 'now')),
    -- The writing officer's signature (rule 12.1), as for decisions: the canonical content, the
    -- detached signature (hex DER), the certificate; none for the sender's messages, or while
    -- no signing service is connected.
    signed_content  TEXT,
    signature       TEXT,
    certificate     TEXT,
    signed_at       TEXT,
    CHECK ((kind = 'forwarded') = (forwarded_to IS NOT NULL)),
    CHECK ((signature IS NULL) = (signed_content IS NULL)),
    CHECK ((signature IS NULL) = (certificate IS NULL)),
    CHECK ((signature IS NULL) = (signed_at IS NULL))
);
CREATE INDEX letter_messages_of_letter ON letter_messages (letter_id, id);

-- By file too: the agency's officers open a letter's pages as they open an application's scans.
CREATE TABLE letter_files (
    letter_id       INTEGER NOT NULL REFERENCES letters (id),
    file_id         TEXT NOT NULL REFERENCES files (id),
    PRIMARY KEY (letter_id, file_id)
);
CREATE INDEX letter_files_by_file ON letter_files (file_id);
