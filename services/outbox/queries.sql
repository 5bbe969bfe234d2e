-- name: enqueue
INSERT INTO outbox (task, args) VALUES (%(task)s, %(args)s) RETURNING id;

-- name: claim_batch
SELECT id, task, args FROM outbox
WHERE published_at IS NULL AND available_at <= now()
ORDER BY available_at, id
LIMIT %(limit)s
FOR UPDATE SKIP LOCKED;

-- name: mark_published
UPDATE outbox SET published_at = now(), attempts = attempts + 1 WHERE id = ANY(%(ids)s);

-- name: mark_failed
UPDATE outbox
SET attempts = attempts + 1, last_error = %(error)s,
    available_at = now() + make_interval(secs => least(10, 0.25 * 2 ^ least(attempts, 6)))
WHERE id = ANY(%(ids)s);


-- name: purge_published
DELETE FROM outbox WHERE published_at < now() - make_interval(secs => %(older_than)s);
