"""API keys: tokens are shown once, stored as SHA-256 hashes, and cached briefly once verified.

Tokens carry 256 bits of randomness, so a fast hash is the right tool (a slow password hash buys
nothing against brute force here and would cost every request).
"""

from __future__ import annotations

import hashlib
import secrets
import threading
import time
from typing import Any

from psycopg import Connection
from psycopg_pool import ConnectionPool

from schemas.keys import ApiKeyCreated, ApiKeyOut, Principal, Role
from services.auth import repository as repo
from services.errors import NotFound, Unauthorized

TOKEN_PREFIX = "cdk_"  # noqa: S105 - a public marker, not a secret


def hash_token(token: str) -> bytes:
    return hashlib.sha256(token.encode("utf-8")).digest()


def create_key(conn: Connection[Any], *, name: str, role: Role) -> ApiKeyCreated:
    prefix = secrets.token_hex(4)
    token = f"{TOKEN_PREFIX}{prefix}_{secrets.token_urlsafe(32)}"
    row = repo.insert_key(conn, name=name, role=role.value, prefix=prefix, key_hash=hash_token(token))
    return ApiKeyCreated(**row, token=token)


def list_keys(conn: Connection[Any]) -> list[ApiKeyOut]:
    return [ApiKeyOut(**row) for row in repo.list_keys(conn)]


def revoke_key(conn: Connection[Any], ident: str) -> ApiKeyOut:
    row = repo.revoke_key(conn, ident)
    if row is None:
        raise NotFound(f"no API key with id or prefix {ident!r}")
    return ApiKeyOut(**row)


def has_admin_key(conn: Connection[Any]) -> bool:
    return repo.count_admin_keys(conn) > 0


class Authenticator:
    """Verifies bearer tokens against the database, caching hits for ``ttl`` seconds.

    A revoked key therefore stops working within ``ttl`` seconds in every API process.
    """

    def __init__(self, pool: ConnectionPool, ttl: float = 5.0, max_entries: int = 10_000) -> None:
        self._pool = pool
        self._ttl = ttl
        self._max = max_entries
        self._cache: dict[bytes, tuple[float, Principal]] = {}
        self._lock = threading.Lock()

    def cached(self, token: str) -> Principal | None:
        """The principal for ``token`` if it was verified less than ``ttl`` seconds ago (no I/O)."""
        with self._lock:
            hit = self._cache.get(hash_token(token))
        return hit[1] if hit and hit[0] > time.monotonic() else None

    def authenticate(self, token: str) -> Principal:
        """Verify ``token`` (from the cache, else the database); raise Unauthorized."""
        digest = hash_token(token)
        now = time.monotonic()
        with self._lock:
            hit = self._cache.get(digest)
        if hit and hit[0] > now:
            return hit[1]
        with self._pool.connection() as conn:
            row = repo.find_active_by_hash(conn, digest)
            if row is None:
                raise Unauthorized("the API key is unknown or revoked")
            repo.touch_key(conn, row["id"])
        principal = Principal(key_id=row["id"], name=row["name"], role=Role(row["role"]))
        if self._ttl > 0:
            with self._lock:
                if len(self._cache) >= self._max:
                    self._cache.clear()
                self._cache[digest] = (now + self._ttl, principal)
        return principal
