-- name: delete_for_article
DELETE FROM claims WHERE article_id = %(article_id)s;

-- name: insert_claim
INSERT INTO claims (article_id, ordinal, span_start, span_end, sentence_start, sentence_end, text,
                    source_text, type, checkworthiness, facets, claim_key, also_at, status,
                    dismissed_reason, priority, engine_version)
VALUES (%(article_id)s, %(ordinal)s, %(span_start)s, %(span_end)s, %(sentence_start)s,
        %(sentence_end)s, %(text)s, %(source_text)s, %(type)s, %(checkworthiness)s, %(facets)s,
        %(claim_key)s, %(also_at)s, %(status)s, %(dismissed_reason)s, %(priority)s,
        %(engine_version)s);

-- name: list_for_article
SELECT * FROM claims WHERE article_id = %(article_id)s
  AND checkworthiness >= %(min_score)s
ORDER BY span_start, ordinal;

-- name: list_claims
SELECT * FROM claims
WHERE (%(status)s::text IS NULL OR status = %(status)s)
  AND (%(type)s::text IS NULL OR type = %(type)s)
  AND (%(article_id)s::uuid IS NULL OR article_id = %(article_id)s)
  AND checkworthiness >= %(min_score)s
  AND (%(after_created)s::timestamptz IS NULL
       OR (created_at, id) < (%(after_created)s::timestamptz, %(after_id)s::uuid))
ORDER BY created_at DESC, id DESC
LIMIT %(limit)s;
