-- The public catalogue's version. Each server keeps the catalogue in memory and reads this one
-- row (at most once a second) to learn whether another server changed it. Triggers count every
-- change to an agency or a service inside the changing transaction, so a version names exactly
-- one state of the catalogue whoever made the change: this server, another, or a person at the
-- database's prompt.
CREATE TABLE catalogue_version (
    id      INTEGER PRIMARY KEY CHECK (id = 1),
    version INTEGER NOT NULL
);
INSERT INTO catalogue_version (id, version) VALUES (1, 1);

CREATE TRIGGER catalogue_agency_added AFTER INSERT ON agencies
BEGIN
    UPDATE catalogue_version SET version = version + 1;
END;
CREATE TRIGGER catalogue_agency_changed AFTER UPDATE ON agencies
BEGIN
    UPDATE catalogue_version SET version = version + 1;
END;
CREATE TRIGGER catalogue_agency_removed AFTER DELETE ON agencies
BEGIN
    UPDATE catalogue_version SET version = version + 1;
END;
CREATE TRIGGER catalogue_service_added AFTER INSERT ON services
BEGIN
    UPDATE catalogue_version SET version = version + 1;
END;
CREATE TRIGGER catalogue_service_changed AFTER UPDATE ON services
BEGIN
    UPDATE catalogue_version SET version = version + 1;
END;
CREATE TRIGGER catalogue_service_removed AFTER DELETE ON services
BEGIN
    UPDATE catalogue_version SET version = version + 1;
END;
