"""SQL for the outbox."""

from __future__ import annotations

from typing import Any

from psycopg import Connection
from psycopg.types.json import Jsonb

from services.db.queries import load

q = load(__file__)


def enqueue(conn: Connection[Any], task: str, args: list[Any]) -> int:
    row = conn.execute(q.enqueue, {"task": task, "args": Jsonb(args)}).fetchone()
    assert row is not None
    return int(row["id"])


def claim_batch(conn: Connection[Any], limit: int) -> list[dict[str, Any]]:
    return conn.execute(q.claim_batch, {"limit": limit}).fetchall()


def mark_published(conn: Connection[Any], ids: list[int]) -> None:
    conn.execute(q.mark_published, {"ids": ids})


def mark_failed(conn: Connection[Any], ids: list[int], error: str) -> None:
    conn.execute(q.mark_failed, {"ids": ids, "error": error[:2000]})


def purge_published(conn: Connection[Any], older_than_seconds: int) -> int:
    return conn.execute(q.purge_published, {"older_than": older_than_seconds}).rowcount
