"""SQL for the claims aggregate."""

from __future__ import annotations

from datetime import datetime
from typing import Any
from uuid import UUID

from psycopg import Connection

from services.db.queries import load

q = load(__file__)
Row = dict[str, Any]


def replace_for_article(conn: Connection[Any], article_id: UUID, rows: list[Row]) -> None:
    conn.execute(q.delete_for_article, {"article_id": article_id})
    if rows:
        with conn.cursor() as cur:
            cur.executemany(q.insert_claim, rows)


def list_for_article(conn: Connection[Any], article_id: UUID, min_score: float) -> list[Row]:
    return conn.execute(q.list_for_article, {"article_id": article_id, "min_score": min_score}).fetchall()


def list_claims(
    conn: Connection[Any],
    *,
    status: str | None,
    type: str | None,
    article_id: UUID | None,
    min_score: float,
    after: tuple[datetime, UUID] | None,
    limit: int,
) -> list[Row]:
    params = {
        "status": status,
        "type": type,
        "article_id": article_id,
        "min_score": min_score,
        "after_created": after[0] if after else None,
        "after_id": after[1] if after else None,
        "limit": limit,
    }
    return conn.execute(q.list_claims, params).fetchall()
