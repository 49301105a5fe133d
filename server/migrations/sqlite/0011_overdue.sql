-- When the applicant and the agency were told an application's answer is late: once each.
ALTER TABLE applications ADD COLUMN overdue_told_at TEXT;
