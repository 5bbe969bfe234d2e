-- name: insert_article
-- The article and its extraction task (an outbox row) in one statement: one round trip on the
-- hottest path. Nothing is inserted, and no row returned, when the content is already stored.
WITH article AS (
    INSERT INTO articles (title, body, source_kind, source_html, url, outlet, published_at, language,
                          external_id, content_hash, priority, submitted_by, enqueued_at)
    VALUES (%(title)s, %(body)s, %(source_kind)s, %(source_html)s, %(url)s, %(outlet)s, %(published_at)s,
            %(language)s, %(external_id)s, %(content_hash)s, %(priority)s, %(submitted_by)s, now())
    ON CONFLICT (content_hash) DO NOTHING
    RETURNING id, status
), task AS (
    INSERT INTO outbox (task, args)
    SELECT %(task)s, jsonb_build_array(article.id::text) FROM article
)
SELECT id, status FROM article;

-- name: find_by_hash
SELECT id, status FROM articles WHERE content_hash = %(content_hash)s;

-- name: get_article
SELECT a.id, a.title, a.body, a.source_kind, a.url, a.outlet, a.published_at, a.language,
       a.external_id, a.status, a.error, a.priority, a.engine_version, a.created_at, a.updated_at,
       coalesce(c.total, 0) AS total, coalesce(c.checkworthy, 0) AS checkworthy,
       coalesce(c.by_status, '{}'::jsonb) AS by_status
FROM articles a
LEFT JOIN LATERAL (
    SELECT sum(n)::int AS total, sum(cw)::int AS checkworthy, jsonb_object_agg(status, n) AS by_status
    FROM (SELECT status, count(*) AS n, count(*) FILTER (WHERE checkworthiness >= %(min_score)s) AS cw
          FROM claims WHERE article_id = a.id GROUP BY status) s
) c ON true
WHERE a.id = %(id)s;

-- name: exists
SELECT 1 AS one FROM articles WHERE id = %(id)s;

-- name: insert_idempotency
INSERT INTO idempotency_keys (api_key_id, key, request_hash)
VALUES (%(api_key_id)s, %(key)s, %(request_hash)s)
ON CONFLICT DO NOTHING
RETURNING key;

-- name: get_idempotency
SELECT request_hash, status_code, response FROM idempotency_keys
WHERE api_key_id = %(api_key_id)s AND key = %(key)s;

-- name: save_idempotency_response
UPDATE idempotency_keys SET status_code = %(status_code)s, response = %(response)s
WHERE api_key_id = %(api_key_id)s AND key = %(key)s;

-- name: claim_for_extraction
UPDATE articles
SET status = 'extracting', lease_token = %(token)s, claimed_at = now(), attempts = attempts + 1,
    error = NULL, updated_at = now()
WHERE id = %(id)s AND status IN ('received', 'extracting')
RETURNING id, title, body, source_kind, source_html, url, published_at, created_at, attempts, priority;

-- name: lock_claimed
SELECT id FROM articles
WHERE id = %(id)s AND lease_token = %(token)s AND status = 'extracting'
FOR UPDATE;

-- name: finish_extraction
UPDATE articles
SET status = %(status)s, body = %(body)s, title = coalesce(title, %(title)s),
    published_at = coalesce(published_at, %(published_at)s::date::timestamptz),
    outlet = coalesce(outlet, %(outlet)s),
    engine_version = %(engine_version)s, lease_token = NULL, updated_at = now()
WHERE id = %(id)s;

-- name: fail_extraction
UPDATE articles
SET status = 'failed', error = %(error)s, lease_token = NULL, updated_at = now()
WHERE id = %(id)s AND lease_token = %(token)s AND status = 'extracting';

-- name: stale_unfinished
SELECT id FROM articles
WHERE status IN ('received', 'extracting')
  AND coalesce(greatest(claimed_at, enqueued_at), created_at) < now() - make_interval(secs => %(stale)s)
ORDER BY created_at
LIMIT %(limit)s
FOR UPDATE SKIP LOCKED;

-- name: mark_enqueued
UPDATE articles SET enqueued_at = now() WHERE id = ANY(%(ids)s);
