"""The review queue: filtered, cursor-paginated listing; assignment; bulk actions; article priority."""

from __future__ import annotations

from datetime import datetime
from typing import Any
from uuid import UUID

from psycopg import Connection

from schemas.keys import Principal, Role
from schemas.review import (
    ArticlePriority,
    BulkIn,
    BulkResult,
    ClaimStatus,
    QueueItem,
    QueuePage,
)
from services.claims.service import to_claim_out
from services.errors import Conflict, Forbidden, NotFound, Unprocessable
from services.pagination import decode_cursor, split_page
from services.review import repository as repo
from services.review.common import EDITORS, Row, audit, locked_claim

CHECKER_ROLES = frozenset({Role.CHECKER, Role.EDITOR, Role.ADMIN})


def to_queue_item(row: Row) -> QueueItem:
    return QueueItem(
        claim=to_claim_out(row),
        article_title=row["article_title"],
        outlet=row["outlet"],
        language=row["language"],
        assignee_id=row["assignee_id"],
        leased_by=row["leased_by"],
        lease_expires_at=row["lease_expires_at"],
        dismissed_reason=row["dismissed_reason"],
    )


def list_queue(
    conn: Connection[Any],
    *,
    status: ClaimStatus = "queued",
    type: str | None = None,
    outlet: str | None = None,
    article_id: UUID | None = None,
    assignee_id: UUID | None = None,
    language: str | None = None,
    cursor: str | None = None,
    limit: int = 50,
) -> QueuePage:
    """Claims in priority order: check-worthiness plus article priority, newest first on ties."""
    after = decode_cursor(cursor, float, datetime.fromisoformat, UUID) if cursor else None
    rows = repo.queue_page(
        conn,
        status=status,
        type=type,
        outlet=outlet,
        article_id=article_id,
        assignee_id=assignee_id,
        language=language,
        after=after,
        limit=limit + 1,
    )
    page, next_cursor = split_page(rows, limit, "priority", "created_at", "id")
    return QueuePage(items=[to_queue_item(r) for r in page], next_cursor=next_cursor)


def _ensure_assignee(conn: Connection[Any], assignee_id: UUID | None) -> None:
    if assignee_id is None:
        return
    key = repo.active_key(conn, assignee_id)
    if key is None or Role(key["role"]) not in CHECKER_ROLES:
        raise Unprocessable(f"{assignee_id} is not an active checker's key")


def assign(
    conn: Connection[Any], principal: Principal, claim_id: UUID, assignee_id: UUID | None
) -> QueueItem:
    _ensure_assignee(conn, assignee_id)
    row = locked_claim(conn, claim_id)
    if row["status"] != "queued":
        raise Conflict(f"only queued claims can be assigned (this one is {row['status']})")
    after = repo.move_claim(conn, claim_id, status="queued", assignee_id=assignee_id)
    audit(conn, row, after, "assigned", principal.key_id)
    full = repo.get_claim(conn, claim_id)
    assert full is not None
    return to_queue_item(full)


def bulk(conn: Connection[Any], principal: Principal, payload: BulkIn) -> BulkResult:
    """Assign or dismiss many queued claims at once; the others are reported as skipped."""
    if payload.action == "assign":
        _ensure_assignee(conn, payload.assignee_id)
        done = repo.bulk_assign(conn, payload.claim_ids, payload.assignee_id, principal.key_id)
    else:
        assert payload.reason is not None
        rows = repo.bulk_dismiss(conn, payload.claim_ids, payload.reason, principal.key_id)
        done = [r["id"] for r in rows]
        repo.refresh_articles(conn, sorted({r["article_id"] for r in rows}))
    finished = set(done)
    return BulkResult(
        action=payload.action, done=done, skipped=[i for i in payload.claim_ids if i not in finished]
    )


def set_article_priority(
    conn: Connection[Any], principal: Principal, article_id: UUID, priority: float
) -> ArticlePriority:
    """The submitter of an article or an editor may change its priority; its claims follow."""
    owner = repo.article_owner(conn, article_id)
    if owner is None:
        raise NotFound(f"no article {article_id}")
    if principal.role not in EDITORS and owner["submitted_by"] != principal.key_id:
        raise Forbidden("only the article's submitter or an editor can change its priority")
    row = repo.set_article_priority(conn, article_id, priority)
    assert row is not None
    repo.insert_audit(
        conn,
        entity="article",
        entity_id=article_id,
        action="priority_changed",
        actor_id=principal.key_id,
        before={"priority": owner["priority"]},
        after={"priority": priority},
    )
    return ArticlePriority(**row)
