-- The back office's search by name finds a few accounts (0053) and then their applications in
-- the agency's queue. This index answers that from the index alone — each application's
-- status, agency, due date and id by its account — so that only the page's 50 rows are read
-- from the table, however many applications the accounts have (ADR 15).
CREATE INDEX applications_in_queue_by_account
    ON applications (account_id, status, agency, ifnull(due_on, '9999-12-31'), id);
