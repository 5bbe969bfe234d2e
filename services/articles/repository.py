"""SQL for the articles aggregate (and its idempotency records)."""

from __future__ import annotations

from datetime import date
from typing import Any
from uuid import UUID

from psycopg import Connection
from psycopg.types.json import Jsonb

from services.db.queries import load

q = load(__file__)
Row = dict[str, Any]


def insert_article(conn: Connection[Any], **fields: Any) -> Row | None:
    return conn.execute(q.insert_article, fields).fetchone()


def find_by_hash(conn: Connection[Any], content_hash: bytes) -> Row | None:
    return conn.execute(q.find_by_hash, {"content_hash": content_hash}).fetchone()


def get_article(conn: Connection[Any], article_id: UUID, min_score: float) -> Row | None:
    return conn.execute(q.get_article, {"id": article_id, "min_score": min_score}).fetchone()


def exists(conn: Connection[Any], article_id: UUID) -> bool:
    return conn.execute(q.exists, {"id": article_id}).fetchone() is not None


def insert_idempotency(conn: Connection[Any], api_key_id: UUID, key: str, request_hash: bytes) -> bool:
    params = {"api_key_id": api_key_id, "key": key, "request_hash": request_hash}
    return conn.execute(q.insert_idempotency, params).fetchone() is not None


def get_idempotency(conn: Connection[Any], api_key_id: UUID, key: str) -> Row | None:
    return conn.execute(q.get_idempotency, {"api_key_id": api_key_id, "key": key}).fetchone()


def save_idempotency_response(
    conn: Connection[Any], api_key_id: UUID, key: str, status_code: int, response: dict[str, Any]
) -> None:
    params = {"api_key_id": api_key_id, "key": key, "status_code": status_code, "response": Jsonb(response)}
    conn.execute(q.save_idempotency_response, params)


def claim_for_extraction(conn: Connection[Any], article_id: UUID, token: UUID) -> Row | None:
    return conn.execute(q.claim_for_extraction, {"id": article_id, "token": token}).fetchone()


def lock_claimed(conn: Connection[Any], article_id: UUID, token: UUID) -> bool:
    return conn.execute(q.lock_claimed, {"id": article_id, "token": token}).fetchone() is not None


def finish_extraction(
    conn: Connection[Any],
    article_id: UUID,
    *,
    status: str,
    body: str,
    title: str | None,
    engine_version: str,
    published_at: date | None = None,
    outlet: str | None = None,
) -> None:
    """Store the extracted text; title, publication date and outlet only fill what the submitter
    left empty."""
    params = {
        "id": article_id,
        "status": status,
        "body": body,
        "title": title,
        "published_at": published_at,
        "outlet": outlet,
        "engine_version": engine_version,
    }
    conn.execute(q.finish_extraction, params)


def fail_extraction(conn: Connection[Any], article_id: UUID, token: UUID, error: str) -> bool:
    params = {"id": article_id, "token": token, "error": error[:2000]}
    return conn.execute(q.fail_extraction, params).rowcount == 1


def stale_unfinished(conn: Connection[Any], stale_seconds: int, limit: int) -> list[UUID]:
    rows = conn.execute(q.stale_unfinished, {"stale": stale_seconds, "limit": limit}).fetchall()
    return [row["id"] for row in rows]


def mark_enqueued(conn: Connection[Any], ids: list[UUID]) -> None:
    conn.execute(q.mark_enqueued, {"ids": ids})
