-- Leaner writes on the submission path: no query lists articles by creation time, and the sweeper's
-- condition (coalesce(greatest(claimed_at, enqueued_at), created_at)) never matched the expression
-- of the old partial index; a plain partial index on the few unfinished rows serves it.
DROP INDEX articles_created_idx;
DROP INDEX articles_unfinished_idx;
CREATE INDEX articles_unfinished_idx ON articles (created_at) WHERE status IN ('received', 'extracting');
