-- The relay polls the outbox (a cheap index scan a few times a second) instead of being woken by
-- NOTIFY: NOTIFY takes a cluster-wide lock at every commit, which serialised submissions under load
-- (bench/ingest: 0.64 -> 0.75 of the bare-INSERT baseline without it).
DROP TRIGGER outbox_notify ON outbox;
DROP FUNCTION outbox_notify();
