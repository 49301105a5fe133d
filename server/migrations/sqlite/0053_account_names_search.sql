-- The back office's search by name: each account's name in both orders (surname first, then
-- name first), indexed three letters at a time, so that a part of a name finds the accounts
-- and then their applications instead of reading the agency's whole queue (ADR 15).
-- PostgreSQL keeps searching with LIKE (its 0053 changes nothing).
CREATE VIRTUAL TABLE account_names USING fts5(names, tokenize = 'trigram');

INSERT INTO account_names (rowid, names)
SELECT id, surname || ' ' || name || char(10) || name || ' ' || surname FROM accounts;

CREATE TRIGGER account_names_of_new_account AFTER INSERT ON accounts BEGIN
    INSERT INTO account_names (rowid, names)
    VALUES (new.id, new.surname || ' ' || new.name || char(10) || new.name || ' ' || new.surname);
END;

CREATE TRIGGER account_names_renamed AFTER UPDATE OF surname, name ON accounts BEGIN
    UPDATE account_names
    SET names = new.surname || ' ' || new.name || char(10) || new.name || ' ' || new.surname
    WHERE rowid = new.id;
END;

CREATE TRIGGER account_names_of_removed_account AFTER DELETE ON accounts BEGIN
    DELETE FROM account_names WHERE rowid = old.id;
END;
