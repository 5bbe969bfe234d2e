-- Fewer index entries written per review update of a claim (none of them can be HOT: status is
-- indexed). Forward-only.
-- * claims_key_idx: no query looks claims up by claim_key except among published claims, which the
--   partial claims_published_key_idx serves.
-- * claims_status_idx (status, checkworthiness): the queue page filters one status and orders by
--   priority. Queued claims have claims_queue_idx and leased ones (a few per checker)
--   claims_lease_expiry_idx; a partial index in the page's order serves the other statuses. A lease
--   (queued -> leased) now writes two index entries fewer, a verdict one fewer.
DROP INDEX claims_key_idx;
DROP INDEX claims_status_idx;
CREATE INDEX claims_reviewed_idx ON claims (status, priority DESC, created_at DESC, id)
    WHERE status IN ('awaiting_approval', 'published', 'dismissed');
