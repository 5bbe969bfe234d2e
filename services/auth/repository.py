"""SQL for the api_keys aggregate."""

from __future__ import annotations

from typing import Any
from uuid import UUID

from psycopg import Connection

from services.db.queries import load

q = load(__file__)


def insert_key(
    conn: Connection[Any], *, name: str, role: str, prefix: str, key_hash: bytes
) -> dict[str, Any]:
    row = conn.execute(q.insert_key, {"name": name, "role": role, "prefix": prefix, "key_hash": key_hash})
    return row.fetchone()  # type: ignore[return-value]


def list_keys(conn: Connection[Any]) -> list[dict[str, Any]]:
    return conn.execute(q.list_keys).fetchall()


def revoke_key(conn: Connection[Any], ident: str) -> dict[str, Any] | None:
    return conn.execute(q.revoke_key, {"ident": ident}).fetchone()


def find_active_by_hash(conn: Connection[Any], key_hash: bytes) -> dict[str, Any] | None:
    return conn.execute(q.find_active_by_hash, {"key_hash": key_hash}).fetchone()


def touch_key(conn: Connection[Any], key_id: UUID) -> None:
    conn.execute(q.touch_key, {"id": key_id})


def count_admin_keys(conn: Connection[Any]) -> int:
    row = conn.execute(q.count_admin_keys).fetchone()
    return int(row["n"]) if row else 0
