-- What the applicant changed after the agency returned the application for correction, as
-- labelled lines before and after (`[{"label", "before", "after"}]`), made at the resubmission
-- from the service's own reading of the two summaries: the officer checks the fix without
-- comparing the whole application again.
ALTER TABLE applications ADD COLUMN changes_since_return TEXT NOT NULL DEFAULT '[]';
