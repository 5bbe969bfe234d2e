"""SQL for the review desk: claim leases and moves, evidence, verdicts, approvals, audit events."""

from __future__ import annotations

from datetime import datetime
from typing import Any
from uuid import UUID

from psycopg import Connection
from psycopg.types.json import Jsonb

from services.db.queries import load

q = load(__file__)
Row = dict[str, Any]


# leases and queue ----------------------------------------------------------------------------


def lease_next(conn: Connection[Any], checker: UUID, seconds: int, *, async_commit: bool) -> Row | None:
    params = {"checker": checker, "seconds": seconds, "async_commit": async_commit}
    return conn.execute(q.lease_next, params).fetchone()


def heartbeat(conn: Connection[Any], claim_id: UUID, checker: UUID, token: UUID, seconds: int) -> Row | None:
    params = {"id": claim_id, "checker": checker, "token": token, "seconds": seconds}
    return conn.execute(q.heartbeat, params).fetchone()


def sweep_expired(conn: Connection[Any], limit: int) -> list[UUID]:
    return [row["id"] for row in conn.execute(q.sweep_expired, {"limit": limit}).fetchall()]


def queue_page(
    conn: Connection[Any],
    *,
    status: str,
    type: str | None,
    outlet: str | None,
    article_id: UUID | None,
    assignee_id: UUID | None,
    language: str | None,
    after: tuple[float, datetime, UUID] | None,
    limit: int,
) -> list[Row]:
    params = {
        "status": status,
        "type": type,
        "outlet": outlet,
        "article_id": article_id,
        "assignee_id": assignee_id,
        "language": language,
        "after_priority": after[0] if after else None,
        "after_created": after[1] if after else None,
        "after_id": after[2] if after else None,
        "limit": limit,
    }
    return conn.execute(q.queue_page, params).fetchall()


# claims ------------------------------------------------------------------------------------------


def lock_claim(conn: Connection[Any], claim_id: UUID) -> Row | None:
    return conn.execute(q.lock_claim, {"id": claim_id}).fetchone()


def get_claim(conn: Connection[Any], claim_id: UUID) -> Row | None:
    return conn.execute(q.get_claim, {"id": claim_id}).fetchone()


def move_claim(
    conn: Connection[Any],
    claim_id: UUID,
    *,
    status: str,
    assignee_id: UUID | None = None,
    dismissed_reason: str | None = None,
) -> Row:
    params = {
        "id": claim_id,
        "status": status,
        "assignee_id": assignee_id,
        "dismissed_reason": dismissed_reason,
    }
    row = conn.execute(q.move_claim, params).fetchone()
    assert row is not None, "move_claim is called on a locked, existing claim"
    return row


def bump_version(conn: Connection[Any], claim_id: UUID) -> Row:
    row = conn.execute(q.bump_version, {"id": claim_id}).fetchone()
    assert row is not None
    return row


def bulk_assign(conn: Connection[Any], ids: list[UUID], assignee_id: UUID | None, actor: UUID) -> list[UUID]:
    params = {"ids": ids, "assignee_id": assignee_id, "actor": actor}
    return [row["id"] for row in conn.execute(q.bulk_assign, params).fetchall()]


def bulk_dismiss(conn: Connection[Any], ids: list[UUID], reason: str, actor: UUID) -> list[Row]:
    return conn.execute(q.bulk_dismiss, {"ids": ids, "reason": reason, "actor": actor}).fetchall()


def refresh_articles(conn: Connection[Any], article_ids: list[UUID]) -> None:
    conn.execute(q.refresh_articles, {"ids": article_ids})


def article_owner(conn: Connection[Any], article_id: UUID) -> Row | None:
    return conn.execute(q.article_owner, {"id": article_id}).fetchone()


def set_article_priority(conn: Connection[Any], article_id: UUID, priority: float) -> Row | None:
    return conn.execute(q.set_article_priority, {"id": article_id, "priority": priority}).fetchone()


def article_claims(conn: Connection[Any], article_id: UUID) -> list[Row]:
    return conn.execute(q.article_claims, {"article_id": article_id}).fetchall()


def active_key(conn: Connection[Any], key_id: UUID) -> Row | None:
    return conn.execute(q.active_key, {"id": key_id}).fetchone()


# evidence ----------------------------------------------------------------------------------------


def insert_evidence(conn: Connection[Any], **fields: Any) -> Row:
    row = conn.execute(q.insert_evidence, fields).fetchone()
    assert row is not None
    return row


def list_evidence(conn: Connection[Any], claim_id: UUID) -> list[Row]:
    return conn.execute(q.list_evidence, {"claim_id": claim_id}).fetchall()


# verdicts ----------------------------------------------------------------------------------------


def async_commit(conn: Connection[Any]) -> None:
    conn.execute(q.lease_async_commit)


def verdict_context(conn: Connection[Any], claim_id: UUID, citations: list[UUID]) -> Row | None:
    return conn.execute(q.verdict_context, {"id": claim_id, "citations": citations}).fetchone()


def record_verdict(
    conn: Connection[Any],
    *,
    citations: list[dict[str, Any]],
    before: dict[str, Any],
    after: dict[str, Any],
    **fields: Any,
) -> tuple[Row, Row]:
    """Insert the verdict, move the claim to awaiting_approval, audit it; (verdict, claim) as dicts."""
    params = {**fields, "citations": Jsonb(citations), "before": Jsonb(before), "after": Jsonb(after)}
    row = conn.execute(q.record_verdict, params).fetchone()
    assert row is not None
    return row["verdict"], row["claim"]


def submit_leased_verdict(
    conn: Connection[Any],
    *,
    citations: list[UUID],
    after: dict[str, Any],
    **fields: Any,
) -> tuple[Row, Row] | None:
    """The lease holder's verdict in one statement; ``None`` when the lease, version or citations fail."""
    params = {**fields, "citations": citations, "after": Jsonb(after)}
    row = conn.execute(q.submit_leased_verdict, params).fetchone()
    return (row["verdict"], row["claim"]) if row is not None else None


def list_verdicts(conn: Connection[Any], claim_id: UUID) -> list[Row]:
    return conn.execute(q.list_verdicts, {"claim_id": claim_id}).fetchall()


def pending_verdict(conn: Connection[Any], claim_id: UUID) -> Row | None:
    return conn.execute(q.pending_verdict, {"claim_id": claim_id}).fetchone()


def published_verdict(conn: Connection[Any], claim_id: UUID) -> Row | None:
    return conn.execute(q.published_verdict, {"claim_id": claim_id}).fetchone()


def insert_approval(conn: Connection[Any], verdict_id: UUID, editor_id: UUID) -> bool:
    params = {"verdict_id": verdict_id, "editor_id": editor_id}
    return conn.execute(q.insert_approval, params).fetchone() is not None


def count_approvals(conn: Connection[Any], verdict_id: UUID) -> int:
    row = conn.execute(q.count_approvals, {"verdict_id": verdict_id}).fetchone()
    return int(row["n"]) if row else 0


def supersede_published(conn: Connection[Any], claim_id: UUID) -> None:
    conn.execute(q.supersede_published, {"claim_id": claim_id})


def review_verdict(
    conn: Connection[Any], verdict_id: UUID, *, status: str, reviewer: UUID, comment: str | None = None
) -> Row:
    params = {"id": verdict_id, "status": status, "reviewer": reviewer, "comment": comment}
    row = conn.execute(q.review_verdict, params).fetchone()
    assert row is not None
    return row


def pending_approvals(conn: Connection[Any], limit: int) -> list[Row]:
    return conn.execute(q.pending_approvals, {"limit": limit}).fetchall()


def published_verdicts_for(conn: Connection[Any], claim_ids: list[UUID]) -> list[Row]:
    return conn.execute(q.published_verdicts_for, {"ids": claim_ids}).fetchall()


# audit and similar -------------------------------------------------------------------------------


def insert_audit(
    conn: Connection[Any],
    *,
    entity_id: UUID,
    action: str,
    actor_id: UUID | None,
    before: dict[str, Any] | None,
    after: dict[str, Any] | None,
    entity: str = "claim",
) -> None:
    params = {
        "entity": entity,
        "entity_id": entity_id,
        "action": action,
        "actor_id": actor_id,
        "before": Jsonb(before) if before is not None else None,
        "after": Jsonb(after) if after is not None else None,
    }
    conn.execute(q.insert_audit, params)


def claim_history(conn: Connection[Any], claim_id: UUID) -> list[Row]:
    return conn.execute(q.claim_history, {"claim_id": claim_id}).fetchall()


def claim_words(conn: Connection[Any], claim_id: UUID) -> Row | None:
    return conn.execute(q.claim_words, {"id": claim_id}).fetchone()


def similar_candidates(
    conn: Connection[Any],
    claim_id: UUID,
    *,
    claim_key: str,
    words: list[str],
    probe: list[str],
    min_overlap: float,
    limit: int,
    scan_limit: int,
) -> list[Row]:
    params = {
        "scan_limit": scan_limit,
        "id": claim_id,
        "claim_key": claim_key,
        "words": words,
        "probe": probe,
        "min_overlap": min_overlap,
        "limit": limit,
    }
    return conn.execute(q.similar_candidates, params).fetchall()


def secret(conn: Connection[Any], name: str, fresh: bytes) -> bytes:
    conn.execute(q.ensure_secret, {"name": name, "value": fresh})
    row = conn.execute(q.get_secret, {"name": name}).fetchone()
    assert row is not None
    return bytes(row["value"])
