"""The reviewer UI's cookie-signing key: configured, or derived from a random secret kept in the DB."""

from __future__ import annotations

import hashlib
import secrets
from typing import Any
from uuid import UUID

from psycopg import Connection

from schemas.keys import Principal, Role
from services.review import repository as repo

SECRET_NAME = "ui_session"  # noqa: S105 (a row name, not a secret)


def session_key(conn: Connection[Any], configured: str | None) -> bytes:
    if configured:
        return hashlib.sha256(b"claimdesk-ui-session:" + configured.encode()).digest()
    stored = repo.secret(conn, SECRET_NAME, secrets.token_bytes(32))
    return hashlib.sha256(b"claimdesk-ui-session:" + stored).digest()


def active_principal(conn: Connection[Any], key_id: UUID) -> Principal | None:
    """The key's principal while it is not revoked (a UI session ends with its key)."""
    row = repo.active_key(conn, key_id)
    if row is None:
        return None
    return Principal(key_id=row["id"], name=row["name"], role=Role(row["role"]))
