-- When the applicant and the agency were told an answer is late, or the applicant that a check
-- waits: once each.
ALTER TABLE applications ADD COLUMN overdue_told_at TEXT;
-- When the applicant was told an automated check waits for a system that is down: once.
ALTER TABLE applications ADD COLUMN delay_told_at TEXT;
-- The e-mail address the applicant gave with the application, where the service asks for one.
ALTER TABLE applications ADD COLUMN contact_email TEXT;
