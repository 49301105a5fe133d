-- A receipt names who paid, what for and whom (issue 20): a fine's article and reason as the
-- registry gave them, and the agency the money goes to: a fee's service's agency, and for a
-- fine the migration service (33), whose service 33.10 takes fines.
ALTER TABLE payments ADD COLUMN article TEXT;
ALTER TABLE payments ADD COLUMN reason TEXT;
ALTER TABLE payments ADD COLUMN payee INTEGER REFERENCES agencies (number);
UPDATE payments SET payee = CASE
    WHEN purpose = 'fee' THEN CAST(substr(service, 1, instr(service, '.') - 1) AS INTEGER)
    ELSE 33
END;
