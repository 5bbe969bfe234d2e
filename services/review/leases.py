"""Leases: hand the next claim to a checker, extend it, give it back, and sweep expired ones.

A lease is a token and an expiry on the claim row, not a held row lock: the lease statement locks
the chosen row only for its own short transaction (``FOR UPDATE SKIP LOCKED``).
"""

from __future__ import annotations

from typing import Any
from uuid import UUID

from psycopg import Connection

from schemas.keys import Principal
from schemas.review import Lease
from services.claims.service import to_claim_out
from services.errors import Conflict, NotFound
from services.review import repository as repo
from services.review.common import Row, audit, check_lease, etag, locked_claim, parse_lease_token
from services.review.policy import ReviewPolicy


def to_lease(row: Row) -> Lease:
    return Lease(
        claim=to_claim_out(row),
        lease_token=row["lease_token"],
        expires_at=row["lease_expires_at"],
        etag=etag(row["version"]),
    )


def lease_next(conn: Connection[Any], policy: ReviewPolicy, principal: Principal) -> Lease | None:
    """The highest-priority free claim (the caller's assigned ones first), or ``None``."""
    row = repo.lease_next(
        conn, principal.key_id, policy.lease_seconds, async_commit=policy.lease_async_commit
    )
    return to_lease(row) if row else None


def heartbeat(
    conn: Connection[Any], policy: ReviewPolicy, principal: Principal, claim_id: UUID, raw_token: str | None
) -> Lease:
    token = parse_lease_token(raw_token)
    if policy.lease_async_commit:
        repo.async_commit(conn)
    row = repo.heartbeat(conn, claim_id, principal.key_id, token, policy.lease_seconds)
    if row is not None:
        return to_lease(row)
    current = repo.lock_claim(conn, claim_id)
    if current is None:
        raise NotFound(f"no claim {claim_id}")
    check_lease(current, principal, raw_token)  # raises the precise 409/403
    raise Conflict("the lease could not be extended")


def release(conn: Connection[Any], principal: Principal, claim_id: UUID, raw_token: str | None) -> None:
    row = locked_claim(conn, claim_id)
    check_lease(row, principal, raw_token)
    after = repo.move_claim(conn, claim_id, status="queued", assignee_id=row["assignee_id"])
    audit(conn, row, after, "lease_released", principal.key_id)


def sweep_expired(conn: Connection[Any], batch: int = 1000) -> int:
    """Return expired leases to the queue; the number returned. Safe to run concurrently."""
    return len(repo.sweep_expired(conn, batch))
