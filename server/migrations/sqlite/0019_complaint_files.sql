-- The documents a complaint carries, by file: the agency's officers read them as they read an
-- application's scans (`office_file`), which needs the complaint a file belongs to.
CREATE TABLE complaint_files (
    complaint_id  INTEGER NOT NULL REFERENCES complaints (id),
    file_id       TEXT NOT NULL REFERENCES files (id),
    PRIMARY KEY (complaint_id, file_id)
);
CREATE INDEX complaint_files_by_file ON complaint_files (file_id);

-- Complaints filed before kept their files only in their JSON.
INSERT OR IGNORE INTO complaint_files (complaint_id, file_id)
SELECT c.id, json_extract(j.value, '$.id') FROM complaints c, json_each(c.files) j
WHERE json_extract(j.value, '$.id') IN (SELECT id FROM files);
