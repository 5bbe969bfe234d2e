-- Review desk SQL. Claim state changes bump claims.version (the ETag) and write an audit event.

-- name: lease_next
-- One statement: the caller's assigned claims first, then the unassigned queue, each in priority
-- order on its partial index; locked rows are skipped, so two checkers never get the same claim.
WITH mine AS (
    SELECT id FROM claims
    WHERE status = 'queued' AND assignee_id = %(checker)s
    ORDER BY priority DESC, created_at DESC, id
    LIMIT 1 FOR UPDATE SKIP LOCKED
), unassigned AS (
    SELECT id FROM claims
    WHERE status = 'queued' AND assignee_id IS NULL
    ORDER BY priority DESC, created_at DESC, id
    LIMIT 1 FOR UPDATE SKIP LOCKED
), candidate AS (
    -- CTEs run lazily: the unassigned queue is only read when nothing is assigned to the caller.
    (SELECT id FROM mine UNION ALL SELECT id FROM unassigned) LIMIT 1
), leased AS (
    UPDATE claims c
    SET status = 'leased', lease_token = gen_random_uuid(), leased_by = %(checker)s,
        lease_expires_at = now() + make_interval(secs => %(seconds)s),
        version = c.version + 1, updated_at = now()
    FROM candidate WHERE c.id = candidate.id
    RETURNING c.*
), article AS (
    UPDATE articles SET status = 'in_review', updated_at = now()
    WHERE id = (SELECT article_id FROM leased) AND status = 'extracted'
    RETURNING id
), audit AS (
    INSERT INTO audit_events (entity, entity_id, action, actor_id, before, after)
    SELECT 'claim', id, 'leased', %(checker)s,
           jsonb_build_object('status', 'queued', 'version', version - 1),
           jsonb_build_object('status', 'leased', 'version', version, 'leased_by', leased_by,
                              'lease_expires_at', lease_expires_at)
    FROM leased
), commit_mode AS (
    -- A lease is soft state (see lease_async_commit): skip the WAL flush wait, without a round trip.
    SELECT set_config('synchronous_commit', 'off', true) WHERE %(async_commit)s
)
SELECT leased.* FROM leased LEFT JOIN commit_mode ON true;

-- name: heartbeat
-- The row is found by key and the lease checked on the locked row (conditions on the claims scan
-- itself let stale statistics pick the lease-expiry index and walk every leased claim).
WITH claim AS (
    SELECT id, status, lease_token, leased_by, lease_expires_at FROM claims WHERE id = %(id)s FOR UPDATE
)
UPDATE claims c SET lease_expires_at = now() + make_interval(secs => %(seconds)s)
FROM claim
WHERE c.id = claim.id AND claim.status = 'leased' AND claim.lease_token = %(token)s
  AND claim.leased_by = %(checker)s AND claim.lease_expires_at > now()
RETURNING c.*;

-- name: sweep_expired
WITH expired AS (
    SELECT id, leased_by, lease_expires_at FROM claims
    WHERE status = 'leased' AND lease_expires_at <= now()
    ORDER BY lease_expires_at
    LIMIT %(limit)s
    FOR UPDATE SKIP LOCKED
), returned AS (
    UPDATE claims c
    SET status = 'queued', lease_token = NULL, leased_by = NULL, lease_expires_at = NULL,
        version = c.version + 1, updated_at = now()
    FROM expired WHERE c.id = expired.id
    RETURNING c.id, c.version, expired.leased_by AS was_leased_by, expired.lease_expires_at AS expired_at
), audit AS (
    INSERT INTO audit_events (entity, entity_id, action, actor_id, before, after)
    SELECT 'claim', id, 'lease_expired', NULL,
           jsonb_build_object('status', 'leased', 'version', version - 1, 'leased_by', was_leased_by,
                              'lease_expires_at', expired_at),
           jsonb_build_object('status', 'queued', 'version', version)
    FROM returned
)
SELECT id FROM returned;

-- name: lock_claim
SELECT c.*, (c.lease_expires_at > now()) AS lease_live FROM claims c WHERE c.id = %(id)s FOR UPDATE;

-- name: get_claim
SELECT c.*, a.title AS article_title, a.body AS article_body, a.outlet, a.language,
       a.status AS article_status
FROM claims c JOIN articles a ON a.id = c.article_id
WHERE c.id = %(id)s;

-- name: move_claim
UPDATE claims
SET status = %(status)s, assignee_id = %(assignee_id)s, dismissed_reason = %(dismissed_reason)s,
    lease_token = NULL, leased_by = NULL, lease_expires_at = NULL,
    version = version + 1, updated_at = now()
WHERE id = %(id)s
RETURNING *;

-- name: bump_version
UPDATE claims SET version = version + 1, updated_at = now() WHERE id = %(id)s RETURNING *;

-- name: bulk_assign
WITH target AS (
    SELECT id, assignee_id FROM claims
    WHERE id = ANY(%(ids)s) AND status = 'queued'
    ORDER BY id
    FOR UPDATE
), moved AS (
    UPDATE claims c SET assignee_id = %(assignee_id)s, version = c.version + 1, updated_at = now()
    FROM target WHERE c.id = target.id
    RETURNING c.id, c.version, target.assignee_id AS old_assignee
), audit AS (
    INSERT INTO audit_events (entity, entity_id, action, actor_id, before, after)
    SELECT 'claim', id, 'assigned', %(actor)s,
           jsonb_build_object('status', 'queued', 'version', version - 1, 'assignee_id', old_assignee),
           jsonb_build_object('status', 'queued', 'version', version, 'assignee_id', %(assignee_id)s::uuid)
    FROM moved
)
SELECT id FROM moved;

-- name: bulk_dismiss
WITH target AS (
    SELECT id FROM claims
    WHERE id = ANY(%(ids)s) AND status = 'queued'
    ORDER BY id
    FOR UPDATE
), moved AS (
    UPDATE claims c SET status = 'dismissed', dismissed_reason = %(reason)s, assignee_id = NULL,
                        version = c.version + 1, updated_at = now()
    FROM target WHERE c.id = target.id
    RETURNING c.id, c.version, c.article_id
), audit AS (
    INSERT INTO audit_events (entity, entity_id, action, actor_id, before, after)
    SELECT 'claim', id, 'dismissed', %(actor)s,
           jsonb_build_object('status', 'queued', 'version', version - 1),
           jsonb_build_object('status', 'dismissed', 'version', version, 'dismissed_reason', %(reason)s::text)
    FROM moved
)
SELECT id, article_id FROM moved;

-- name: refresh_articles
-- An article is complete when every claim is published or dismissed, in review otherwise.
UPDATE articles a SET status = s.next_status, updated_at = now()
FROM (
    SELECT a2.id,
           CASE WHEN EXISTS (SELECT 1 FROM claims c
                             WHERE c.article_id = a2.id AND c.status NOT IN ('published', 'dismissed'))
                THEN 'in_review' ELSE 'complete' END AS next_status
    FROM articles a2
    WHERE a2.id = ANY(%(ids)s) AND a2.status IN ('extracted', 'in_review', 'complete')
) s
WHERE a.id = s.id AND a.status <> s.next_status;

-- name: article_owner
SELECT id, submitted_by, priority FROM articles WHERE id = %(id)s FOR UPDATE;

-- name: set_article_priority
WITH article AS (
    UPDATE articles SET priority = %(priority)s, updated_at = now() WHERE id = %(id)s
    RETURNING id, priority
), moved AS (
    UPDATE claims SET priority = checkworthiness + %(priority)s
    WHERE article_id = %(id)s
    RETURNING id
)
SELECT article.id, article.priority, (SELECT count(*) FROM moved)::int AS claims_updated FROM article;

-- name: queue_page
SELECT c.*, a.title AS article_title, a.outlet, a.language
FROM claims c JOIN articles a ON a.id = c.article_id
WHERE c.status = %(status)s
  AND (%(type)s::text IS NULL OR c.type = %(type)s)
  AND (%(outlet)s::text IS NULL OR a.outlet = %(outlet)s)
  AND (%(article_id)s::uuid IS NULL OR c.article_id = %(article_id)s)
  AND (%(assignee_id)s::uuid IS NULL OR c.assignee_id = %(assignee_id)s)
  AND (%(language)s::text IS NULL OR a.language = %(language)s)
  AND (%(after_priority)s::real IS NULL
       OR c.priority < %(after_priority)s::real
       OR (c.priority = %(after_priority)s::real
           AND (c.created_at < %(after_created)s::timestamptz
                OR (c.created_at = %(after_created)s::timestamptz AND c.id > %(after_id)s::uuid))))
ORDER BY c.priority DESC, c.created_at DESC, c.id
LIMIT %(limit)s;

-- name: article_claims
SELECT c.* FROM claims c WHERE c.article_id = %(article_id)s ORDER BY c.span_start, c.ordinal;

-- name: active_key
SELECT id, name, role FROM api_keys WHERE id = %(id)s AND revoked_at IS NULL;

-- name: insert_evidence
INSERT INTO evidence (claim_id, url, title, publisher, published_at, quote, stance, question, answer,
                      added_by)
VALUES (%(claim_id)s, %(url)s, %(title)s, %(publisher)s, %(published_at)s, %(quote)s, %(stance)s,
        %(question)s, %(answer)s, %(added_by)s)
RETURNING *;

-- name: list_evidence
SELECT * FROM evidence WHERE claim_id = %(claim_id)s ORDER BY retrieved_at, id;

-- name: list_verdicts
SELECT v.*, coalesce(array_agg(ap.editor_id ORDER BY ap.created_at)
                     FILTER (WHERE ap.editor_id IS NOT NULL), ARRAY[]::uuid[]) AS approvals
FROM verdicts v LEFT JOIN verdict_approvals ap ON ap.verdict_id = v.id
WHERE v.claim_id = %(claim_id)s
GROUP BY v.id
ORDER BY v.version;

-- name: pending_verdict
SELECT * FROM verdicts WHERE claim_id = %(claim_id)s AND status = 'awaiting_approval' FOR UPDATE;

-- name: published_verdict
SELECT * FROM verdicts WHERE claim_id = %(claim_id)s AND status = 'published';

-- name: insert_approval
INSERT INTO verdict_approvals (verdict_id, editor_id) VALUES (%(verdict_id)s, %(editor_id)s)
ON CONFLICT DO NOTHING
RETURNING verdict_id;

-- name: count_approvals
SELECT count(*)::int AS n FROM verdict_approvals WHERE verdict_id = %(verdict_id)s;

-- name: supersede_published
UPDATE verdicts SET status = 'superseded' WHERE claim_id = %(claim_id)s AND status = 'published';

-- name: review_verdict
UPDATE verdicts
SET status = %(status)s, review_comment = %(comment)s, reviewed_by = %(reviewer)s, reviewed_at = now(),
    published_at = CASE WHEN %(status)s = 'published' THEN now() ELSE published_at END
WHERE id = %(id)s
RETURNING *;

-- name: pending_approvals
SELECT v.id AS verdict_id, c.id AS claim_id
FROM verdicts v JOIN claims c ON c.id = v.claim_id
WHERE v.status = 'awaiting_approval'
ORDER BY v.created_at, v.id
LIMIT %(limit)s;

-- name: published_verdicts_for
SELECT v.*, coalesce(array_agg(ap.editor_id ORDER BY ap.created_at)
                     FILTER (WHERE ap.editor_id IS NOT NULL), ARRAY[]::uuid[]) AS approvals
FROM verdicts v LEFT JOIN verdict_approvals ap ON ap.verdict_id = v.id
WHERE v.claim_id = ANY(%(ids)s) AND v.status = 'published'
GROUP BY v.id;

-- name: insert_audit
INSERT INTO audit_events (entity, entity_id, action, actor_id, before, after)
VALUES (%(entity)s, %(entity_id)s, %(action)s, %(actor_id)s, %(before)s, %(after)s);

-- name: claim_history
SELECT e.id, e.action, e.actor_id, k.name AS actor_name, e.created_at AS at, e.before, e.after
FROM audit_events e LEFT JOIN api_keys k ON k.id = e.actor_id
WHERE e.entity = 'claim' AND e.entity_id = %(claim_id)s
ORDER BY e.id;

-- name: claim_words
SELECT id, claim_key, facets, tsvector_to_array(to_tsvector('english', text)) AS words
FROM claims WHERE id = %(id)s;

-- name: similar_candidates
-- Published claims with the same normalised key, plus the most recent published claims containing
-- one of the probe words (full text, GIN on published claims; at most scan_limit are scored), kept
-- when they share enough of the claim's words (Jaccard on lexemes).
WITH probe AS (
    SELECT string_agg(quote_literal(w), ' | ')::tsquery AS q FROM unnest(%(probe)s::text[]) AS w
), found AS (
    (SELECT c.id FROM claims c
     WHERE c.status = 'published' AND c.claim_key = %(claim_key)s AND c.id <> %(id)s
     LIMIT %(scan_limit)s)
    UNION
    (SELECT c.id FROM probe, claims c
     WHERE c.status = 'published' AND to_tsvector('english', c.text) @@ probe.q AND c.id <> %(id)s
     ORDER BY c.updated_at DESC
     LIMIT %(scan_limit)s)
), scored AS (
    SELECT c.id, c.article_id, c.text, c.facets, c.updated_at, (c.claim_key = %(claim_key)s) AS same_key,
           (SELECT count(*) FROM unnest(v.words) AS w WHERE w = ANY(%(words)s::text[]))::float8
             / greatest(1, (SELECT count(DISTINCT w) FROM unnest(v.words || %(words)s::text[]) AS w))::float8
             AS overlap
    FROM found JOIN claims c ON c.id = found.id
    CROSS JOIN LATERAL (SELECT tsvector_to_array(to_tsvector('english', c.text)) AS words) AS v
)
SELECT * FROM scored
WHERE same_key OR overlap >= %(min_overlap)s
ORDER BY same_key DESC, overlap DESC, updated_at DESC
LIMIT %(limit)s;

-- name: ensure_secret
INSERT INTO app_secrets (name, value) VALUES (%(name)s, %(value)s) ON CONFLICT (name) DO NOTHING;

-- name: get_secret
SELECT value FROM app_secrets WHERE name = %(name)s;

-- name: lease_async_commit
-- A lease is soft state: losing the last few leases in a crash only sends those claims back to the
-- queue (their tokens stop working), so lease transactions skip the WAL flush wait.
SELECT set_config('synchronous_commit', 'off', true);

-- name: verdict_context
-- The claim (locked), its next verdict version and the cited evidence, in one round trip.
SELECT c.*, (c.lease_expires_at > now()) AS lease_live,
       (SELECT coalesce(max(v.version), 0) + 1 FROM verdicts v WHERE v.claim_id = c.id) AS next_version,
       (SELECT coalesce(jsonb_agg(jsonb_build_object('id', e.id, 'url', e.url, 'title', e.title,
                                                     'publisher', e.publisher, 'stance', e.stance)),
                        '[]'::jsonb)
        FROM evidence e WHERE e.claim_id = c.id AND e.id = ANY(%(citations)s::uuid[])) AS cited
FROM claims c WHERE c.id = %(id)s
FOR UPDATE OF c;

-- name: record_verdict
-- The verdict, the claim's move to awaiting_approval and its audit event, in one round trip.
WITH verdict AS (
    INSERT INTO verdicts (claim_id, version, label, rating, rating_value, conclusion, explanation,
                          citations, status, author_id)
    VALUES (%(claim_id)s, %(version)s, %(label)s, %(rating)s, %(rating_value)s, %(conclusion)s,
            %(explanation)s, %(citations)s, 'awaiting_approval', %(author_id)s)
    RETURNING *
), claim AS (
    UPDATE claims
    SET status = 'awaiting_approval', assignee_id = NULL, dismissed_reason = NULL, lease_token = NULL,
        leased_by = NULL, lease_expires_at = NULL, version = version + 1, updated_at = now()
    WHERE id = %(claim_id)s
    RETURNING *
), audit AS (
    INSERT INTO audit_events (entity, entity_id, action, actor_id, before, after)
    SELECT 'claim', claim.id, %(action)s, %(author_id)s, %(before)s,
           %(after)s || jsonb_build_object('status', claim.status, 'version', claim.version,
                                           'verdict_id', verdict.id, 'verdict_version', verdict.version)
    FROM claim, verdict
)
SELECT to_jsonb(verdict.*) AS verdict, to_jsonb(claim.*) AS claim FROM verdict, claim;

-- name: submit_leased_verdict
-- The lease holder's verdict in one statement: lock the claim if the lease (status, token, holder,
-- expiry) and the If-Match version hold, snapshot the cited evidence in the order cited (all must
-- be this claim's), insert the verdict, move the claim to awaiting_approval and audit it. No row
-- when any condition fails: the caller then reads the claim to explain why.
-- The claim is locked by its key alone and the lease is checked on the locked (current) row: with
-- the lease conditions in the locking WHERE the planner may walk a status index instead.
WITH claim AS (
    SELECT c.id, c.status, c.version, c.assignee_id, c.leased_by, c.dismissed_reason, c.lease_expires_at,
           c.lease_token, (c.lease_expires_at > now()) AS lease_live
    FROM claims c WHERE c.id = %(claim_id)s
    FOR UPDATE
), cited AS (
    SELECT coalesce(jsonb_agg(jsonb_build_object('evidence_id', e.id, 'url', e.url, 'title', e.title,
                                                 'publisher', e.publisher, 'stance', e.stance)
                              ORDER BY w.ord), '[]'::jsonb) AS citations,
           count(*) AS n
    FROM unnest(%(citations)s::uuid[]) WITH ORDINALITY AS w(id, ord)
    JOIN evidence e ON e.id = w.id AND e.claim_id = %(claim_id)s
), verdict AS (
    INSERT INTO verdicts (claim_id, version, label, rating, rating_value, conclusion, explanation,
                          citations, status, author_id)
    SELECT claim.id, (SELECT coalesce(max(v.version), 0) + 1 FROM verdicts v WHERE v.claim_id = claim.id),
           %(label)s, %(rating)s, %(rating_value)s, %(conclusion)s, %(explanation)s, cited.citations,
           'awaiting_approval', %(author_id)s
    FROM claim, cited
    WHERE claim.status = 'leased' AND claim.lease_token = %(token)s AND claim.leased_by = %(author_id)s
      AND claim.lease_live AND (%(if_version)s::int IS NULL OR claim.version = %(if_version)s::int)
      AND cited.n = cardinality(%(citations)s::uuid[])
    RETURNING *
), moved AS (
    UPDATE claims c
    SET status = 'awaiting_approval', assignee_id = NULL, dismissed_reason = NULL, lease_token = NULL,
        leased_by = NULL, lease_expires_at = NULL, version = c.version + 1, updated_at = now()
    WHERE c.id = (SELECT claim_id FROM verdict)
    RETURNING c.*
), audit AS (
    INSERT INTO audit_events (entity, entity_id, action, actor_id, before, after)
    SELECT 'claim', moved.id, 'verdict_submitted', %(author_id)s,
           jsonb_strip_nulls(jsonb_build_object(
               'status', claim.status, 'version', claim.version, 'assignee_id', claim.assignee_id,
               'leased_by', claim.leased_by, 'dismissed_reason', claim.dismissed_reason,
               'lease_expires_at', claim.lease_expires_at)),
           %(after)s || jsonb_build_object('status', moved.status, 'version', moved.version,
                                           'verdict_id', verdict.id, 'verdict_version', verdict.version)
    FROM claim, moved, verdict
)
SELECT to_jsonb(verdict.*) AS verdict, to_jsonb(moved.*) AS claim FROM verdict, moved;
