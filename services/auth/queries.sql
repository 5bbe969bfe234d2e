-- name: insert_key
INSERT INTO api_keys (name, role, prefix, key_hash)
VALUES (%(name)s, %(role)s, %(prefix)s, %(key_hash)s)
RETURNING id, name, role, prefix, created_at, revoked_at, last_used_at;

-- name: list_keys
SELECT id, name, role, prefix, created_at, revoked_at, last_used_at
FROM api_keys ORDER BY created_at, id;

-- name: revoke_key
UPDATE api_keys SET revoked_at = coalesce(revoked_at, now())
WHERE id::text = %(ident)s OR prefix = %(ident)s
RETURNING id, name, role, prefix, created_at, revoked_at, last_used_at;

-- name: find_active_by_hash
SELECT id, name, role FROM api_keys WHERE key_hash = %(key_hash)s AND revoked_at IS NULL;

-- name: touch_key
UPDATE api_keys SET last_used_at = now()
WHERE id = %(id)s AND (last_used_at IS NULL OR last_used_at < now() - interval '1 minute');

-- name: count_admin_keys
SELECT count(*) AS n FROM api_keys WHERE role = 'admin' AND revoked_at IS NULL;
