-- Foundation schema: API keys, articles, claims, idempotency, outbox, and the review tables'
-- first shape (lookups, evidence, verdicts, audit events). Forward-only: change by a new file.

CREATE TABLE api_keys (
    id            uuid PRIMARY KEY DEFAULT gen_random_uuid(),
    name          text NOT NULL CHECK (length(name) BETWEEN 1 AND 200),
    role          text NOT NULL CHECK (role IN ('submitter', 'checker', 'editor', 'admin')),
    prefix        text NOT NULL,
    key_hash      bytea NOT NULL UNIQUE,
    created_at    timestamptz NOT NULL DEFAULT now(),
    revoked_at    timestamptz,
    last_used_at  timestamptz
);

CREATE TABLE articles (
    id              uuid PRIMARY KEY DEFAULT gen_random_uuid(),
    title           text,
    body            text,
    source_kind     text NOT NULL CHECK (source_kind IN ('text', 'html', 'url')),
    source_html     text,
    url             text,
    outlet          text,
    published_at    timestamptz,
    language        text NOT NULL DEFAULT 'en',
    external_id     text,
    content_hash    bytea NOT NULL,
    status          text NOT NULL DEFAULT 'received'
                    CHECK (status IN ('received', 'extracting', 'extracted', 'in_review', 'complete', 'failed')),
    error           text,
    priority        real NOT NULL DEFAULT 0,
    submitted_by    uuid REFERENCES api_keys (id),
    attempts        integer NOT NULL DEFAULT 0,
    lease_token     uuid,
    claimed_at      timestamptz,
    enqueued_at     timestamptz,
    engine_version  text,
    created_at      timestamptz NOT NULL DEFAULT now(),
    updated_at      timestamptz NOT NULL DEFAULT now()
);
CREATE UNIQUE INDEX articles_content_hash_key ON articles (content_hash);
CREATE INDEX articles_unfinished_idx ON articles (status, coalesce(claimed_at, enqueued_at))
    WHERE status IN ('received', 'extracting');
CREATE INDEX articles_created_idx ON articles (created_at DESC, id DESC);

CREATE TABLE idempotency_keys (
    api_key_id    uuid NOT NULL REFERENCES api_keys (id),
    key           text NOT NULL,
    request_hash  bytea NOT NULL,
    status_code   integer,
    response      jsonb,
    created_at    timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (api_key_id, key)
);

CREATE TABLE claims (
    id               uuid PRIMARY KEY DEFAULT gen_random_uuid(),
    article_id       uuid NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
    ordinal          integer NOT NULL,
    span_start       integer NOT NULL CHECK (span_start >= 0),
    span_end         integer NOT NULL CHECK (span_end >= span_start),
    sentence_start   integer NOT NULL,
    sentence_end     integer NOT NULL,
    text             text NOT NULL,
    source_text      text NOT NULL,
    type             text NOT NULL CHECK (type IN ('quantity', 'quote', 'event', 'causal', 'comparison',
                                                   'prediction', 'rule', 'other')),
    checkworthiness  real NOT NULL CHECK (checkworthiness BETWEEN 0 AND 1),
    facets           jsonb NOT NULL DEFAULT '{}',
    claim_key        text NOT NULL,
    also_at          jsonb NOT NULL DEFAULT '[]',
    status           text NOT NULL DEFAULT 'queued',
    dismissed_reason text,
    priority         real NOT NULL DEFAULT 0,
    version          integer NOT NULL DEFAULT 1,
    engine_version   text NOT NULL,
    created_at       timestamptz NOT NULL DEFAULT now(),
    updated_at       timestamptz NOT NULL DEFAULT now(),
    UNIQUE (article_id, ordinal)
);
CREATE INDEX claims_list_idx ON claims (created_at DESC, id DESC);
CREATE INDEX claims_status_idx ON claims (status, checkworthiness DESC);
CREATE INDEX claims_key_idx ON claims (claim_key);

CREATE TABLE lookups (
    id          uuid PRIMARY KEY DEFAULT gen_random_uuid(),
    claim_id    uuid NOT NULL REFERENCES claims (id) ON DELETE CASCADE,
    adapter     text NOT NULL,
    status      text NOT NULL DEFAULT 'pending' CHECK (status IN ('pending', 'done', 'failed')),
    result      jsonb,
    error       text,
    created_at  timestamptz NOT NULL DEFAULT now(),
    updated_at  timestamptz NOT NULL DEFAULT now(),
    UNIQUE (claim_id, adapter)
);

CREATE TABLE evidence (
    id            uuid PRIMARY KEY DEFAULT gen_random_uuid(),
    claim_id      uuid NOT NULL REFERENCES claims (id) ON DELETE CASCADE,
    url           text NOT NULL,
    title         text,
    publisher     text,
    published_at  timestamptz,
    quote         text,
    stance        text NOT NULL CHECK (stance IN ('supports', 'refutes', 'context')),
    question      text,
    answer        text,
    added_by      uuid REFERENCES api_keys (id),
    retrieved_at  timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX evidence_claim_idx ON evidence (claim_id);

CREATE TABLE verdicts (
    id           uuid PRIMARY KEY DEFAULT gen_random_uuid(),
    claim_id     uuid NOT NULL REFERENCES claims (id) ON DELETE CASCADE,
    version      integer NOT NULL,
    label        text NOT NULL CHECK (label IN ('supported', 'refuted', 'misleading', 'unproven',
                                                'not_checkable')),
    rating       text NOT NULL,
    rating_value real,
    conclusion   text NOT NULL,
    explanation  text NOT NULL,
    citations    jsonb NOT NULL DEFAULT '[]',
    status       text NOT NULL DEFAULT 'awaiting_approval',
    author_id    uuid REFERENCES api_keys (id),
    created_at   timestamptz NOT NULL DEFAULT now(),
    UNIQUE (claim_id, version)
);

CREATE TABLE audit_events (
    id          bigserial PRIMARY KEY,
    entity      text NOT NULL,
    entity_id   uuid NOT NULL,
    action      text NOT NULL,
    actor_id    uuid REFERENCES api_keys (id),
    before      jsonb,
    after       jsonb,
    created_at  timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX audit_events_entity_idx ON audit_events (entity, entity_id, id);

-- Transactional outbox: a row commits with the change that needs a task; the relay publishes it.
CREATE TABLE outbox (
    id            bigserial PRIMARY KEY,
    task          text NOT NULL,
    args          jsonb NOT NULL DEFAULT '[]',
    created_at    timestamptz NOT NULL DEFAULT now(),
    available_at  timestamptz NOT NULL DEFAULT now(),
    published_at  timestamptz,
    attempts      integer NOT NULL DEFAULT 0,
    last_error    text
);
CREATE INDEX outbox_pending_idx ON outbox (available_at, id) WHERE published_at IS NULL;

CREATE FUNCTION outbox_notify() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    PERFORM pg_notify('claimdesk_outbox', '');
    RETURN NULL;
END $$;
CREATE TRIGGER outbox_notify AFTER INSERT ON outbox FOR EACH STATEMENT EXECUTE FUNCTION outbox_notify();
