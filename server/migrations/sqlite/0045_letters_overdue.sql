-- A letter still waiting for the agency past its due date is announced once, to its sender (late,
-- not lost) and to the agency's supervisors, as an application is. A new due date (a forward, a
-- reply to an answered letter) may be announced again.
ALTER TABLE letters ADD COLUMN overdue_told_at TEXT;
