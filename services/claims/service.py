"""Claim reads: an article's claims and the filtered, cursor-paginated claim list."""

from __future__ import annotations

from datetime import datetime
from typing import Any
from uuid import UUID

from psycopg import Connection

from schemas.claims import ClaimOut, ClaimPage
from services.articles import service as articles
from services.claims import repository as repo
from services.pagination import decode_cursor, split_page


def to_claim_out(row: dict[str, Any]) -> ClaimOut:
    return ClaimOut(
        id=row["id"],
        article_id=row["article_id"],
        start=row["span_start"],
        end=row["span_end"],
        text=row["text"],
        source_text=row["source_text"],
        sentence_start=row["sentence_start"],
        sentence_end=row["sentence_end"],
        type=row["type"],
        checkworthiness=row["checkworthiness"],
        facets=row["facets"],
        claim_key=row["claim_key"],
        also_at=row["also_at"],
        status=row["status"],
        priority=row["priority"],
        version=row["version"],
        created_at=row["created_at"],
        updated_at=row["updated_at"],
    )


def claims_of_article(conn: Connection[Any], article_id: UUID, min_score: float) -> list[ClaimOut]:
    articles.ensure_exists(conn, article_id)
    return [to_claim_out(row) for row in repo.list_for_article(conn, article_id, min_score)]


def list_claims(
    conn: Connection[Any],
    *,
    status: str | None = None,
    type: str | None = None,
    article_id: UUID | None = None,
    min_score: float = 0.0,
    cursor: str | None = None,
    limit: int = 50,
) -> ClaimPage:
    after = decode_cursor(cursor, datetime.fromisoformat, UUID) if cursor else None
    rows = repo.list_claims(
        conn,
        status=status,
        type=type,
        article_id=article_id,
        min_score=min_score,
        after=after,
        limit=limit + 1,
    )
    page, next_cursor = split_page(rows, limit, "created_at", "id")
    return ClaimPage(items=[to_claim_out(row) for row in page], next_cursor=next_cursor)
