-- Rules 11.6–11.7: a service of the catalogue may be official correspondence with its agency
-- ("E-müraciət"): "Müraciət et" on its card writes a letter to the agency instead of starting an
-- application. The registry operator marks a record so (rule 10); the 2011 list's four
-- E-müraciət services are marked from the start.
ALTER TABLE services ADD COLUMN correspondence BOOLEAN NOT NULL DEFAULT FALSE;
UPDATE services SET correspondence = TRUE
WHERE (agency, position) IN (VALUES (34, 1), (35, 1), (36, 1), (38, 1));
