-- The review desk: leases, assignment, the queue's partial indexes, verdict approvals, full-text
-- search for similar claims, and the UI's session secret. Forward-only.

ALTER TABLE claims
    ADD COLUMN lease_token      uuid,
    ADD COLUMN leased_by        uuid REFERENCES api_keys (id),
    ADD COLUMN lease_expires_at timestamptz,
    ADD COLUMN assignee_id      uuid REFERENCES api_keys (id),
    ADD CONSTRAINT claims_status_check
        CHECK (status IN ('queued', 'leased', 'awaiting_approval', 'published', 'dismissed')),
    ADD CONSTRAINT claims_lease_shape_check
        CHECK ((status = 'leased') = (lease_token IS NOT NULL AND leased_by IS NOT NULL
                                      AND lease_expires_at IS NOT NULL)),
    ADD CONSTRAINT claims_dismissed_reason_check
        CHECK (status <> 'dismissed' OR dismissed_reason IS NOT NULL);

-- The queue: the lease statement walks one of these in priority order and skips locked rows; the
-- first also serves the queue page (status queued, any filter) without sorting.
CREATE INDEX claims_queue_idx ON claims (priority DESC, created_at DESC, id) WHERE status = 'queued';
CREATE INDEX claims_assigned_queue_idx ON claims (assignee_id, priority DESC, created_at DESC, id)
    WHERE status = 'queued' AND assignee_id IS NOT NULL;
-- The sweeper finds expired leases here.
CREATE INDEX claims_lease_expiry_idx ON claims (lease_expires_at) WHERE status = 'leased';
-- Full text over published claims only: an expression index is computed for rows that match its
-- predicate, so lease and verdict updates never pay for it (a stored tsvector column would).
CREATE INDEX claims_search_idx ON claims USING gin (to_tsvector('english', text)) WHERE status = 'published';
CREATE INDEX claims_published_key_idx ON claims (claim_key) WHERE status = 'published';

ALTER TABLE verdicts
    ADD COLUMN review_comment text,
    ADD COLUMN published_at   timestamptz,
    ADD COLUMN reviewed_by    uuid REFERENCES api_keys (id),
    ADD COLUMN reviewed_at    timestamptz,
    ADD CONSTRAINT verdicts_status_check
        CHECK (status IN ('awaiting_approval', 'sent_back', 'published', 'superseded'));
CREATE UNIQUE INDEX verdicts_one_published_idx ON verdicts (claim_id) WHERE status = 'published';
CREATE UNIQUE INDEX verdicts_one_pending_idx ON verdicts (claim_id) WHERE status = 'awaiting_approval';
CREATE INDEX verdicts_pending_idx ON verdicts (created_at, id) WHERE status = 'awaiting_approval';

CREATE TABLE verdict_approvals (
    verdict_id  uuid NOT NULL REFERENCES verdicts (id) ON DELETE CASCADE,
    editor_id   uuid NOT NULL REFERENCES api_keys (id),
    created_at  timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (verdict_id, editor_id)
);

CREATE INDEX evidence_claim_time_idx ON evidence (claim_id, retrieved_at, id);

-- A random secret the reviewer UI derives its cookie-signing key from when none is configured.
CREATE TABLE app_secrets (
    name        text PRIMARY KEY,
    value       bytea NOT NULL,
    created_at  timestamptz NOT NULL DEFAULT now()
);
