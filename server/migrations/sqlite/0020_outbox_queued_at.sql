-- When a message was queued, for the age of the oldest unsent one (/metrics): next_attempt_at
-- moves with every try, so it cannot tell. SQLite adds a column only with a constant default,
-- so the queueing insert sets it; a message queued before this is taken as queued at its next
-- attempt, which is its queueing time if it was never tried, and later otherwise.
ALTER TABLE outbox ADD COLUMN queued_at TEXT;
UPDATE outbox SET queued_at = next_attempt_at;
