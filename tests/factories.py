"""Factories: rows inserted through the repositories' own SQL, with overridable defaults.

``make_article(conn, **overrides)`` gives an extracted article with a body; ``make_claim(conn,
article_id, **overrides)`` adds a queued claim to it (its span defaults to the whole body).
Neither commits: the caller's transaction decides.
"""

from __future__ import annotations

import hashlib
import itertools
import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from typing import Any
from uuid import UUID

import psycopg
from psycopg import Connection
from psycopg.rows import dict_row
from psycopg.types.json import Jsonb

from schemas.keys import Role
from services.articles import repository as articles_repo
from services.auth.service import create_key
from services.claims import repository as claims_repo
from services.review.policy import ReviewPolicy
from services.settings import Settings

_counter = itertools.count(1)
DEFAULT_BODY = "The city said unemployment fell to 4.1 percent in March 2024, the lowest in a decade."


def make_article(conn: Connection[Any], **overrides: Any) -> dict[str, Any]:
    n = next(_counter)
    status = overrides.pop("status", "extracted")
    fields: dict[str, Any] = {
        "title": f"Article {n}",
        "body": DEFAULT_BODY,
        "source_kind": "text",
        "source_html": None,
        "url": None,
        "outlet": "Example Gazette",
        "published_at": None,
        "language": "en",
        "external_id": None,
        "priority": 0.0,
        "submitted_by": None,
        "task": "articles.extract_article",  # the insert also writes its outbox row
    }
    fields.update(overrides)
    fields["content_hash"] = hashlib.sha256(f"{uuid.uuid4()}{fields['body']}".encode()).digest()
    row = articles_repo.insert_article(conn, **fields)
    fields.pop("task")
    assert row is not None
    articles_repo.finish_extraction(
        conn, row["id"], status=status, body=fields["body"], title=fields["title"], engine_version="test"
    )
    return {**fields, "id": row["id"], "status": status}


def claim_row(
    article_id: UUID, ordinal: int, text: str, checkworthiness: float, **fields: Any
) -> dict[str, Any]:
    """The parameters of claims' insert_claim for a queued claim spanning the whole ``text``."""
    row: dict[str, Any] = {
        "article_id": article_id,
        "ordinal": ordinal,
        "span_start": 0,
        "span_end": len(text),
        "sentence_start": 0,
        "sentence_end": len(text),
        "text": text,
        "source_text": text,
        "type": "other",
        "checkworthiness": checkworthiness,
        "facets": Jsonb({}),
        "claim_key": hashlib.sha256(text.casefold().encode()).hexdigest()[:16],
        "also_at": Jsonb([]),
        "status": "queued",
        "dismissed_reason": None,
        "priority": checkworthiness,
        "engine_version": "test",
    }
    row.update(fields)
    return row


def make_claim(conn: Connection[Any], article_id: UUID, **overrides: Any) -> dict[str, Any]:
    existing = claims_repo.list_for_article(conn, article_id, 0.0)
    ordinal = max((c["ordinal"] for c in existing), default=-1) + 1
    text = overrides.pop("text", DEFAULT_BODY)
    checkworthiness = overrides.pop("checkworthiness", 0.8)
    facets = overrides.pop("facets", {"quantities": [], "dates": []})
    row = claim_row(article_id, ordinal, text, checkworthiness, type="quantity", facets=Jsonb(facets))
    row.update(overrides)
    conn.execute(claims_repo.q.insert_claim, row)
    created = next(c for c in claims_repo.list_for_article(conn, article_id, 0.0) if c["ordinal"] == ordinal)
    return created


@dataclass(frozen=True)
class Key:
    id: UUID
    token: str

    @property
    def headers(self) -> dict[str, str]:
        return {"Authorization": f"Bearer {self.token}"}


def make_key(database_url: str, role: Role, name: str | None = None) -> Key:
    """Create and commit an API key in the given database."""
    with psycopg.connect(database_url, row_factory=dict_row) as conn:
        created = create_key(conn, name=name or f"{role.value} {next(_counter)}", role=role)
    return Key(created.id, created.token)


@contextmanager
def committed(database_url: str) -> Iterator[Connection[Any]]:
    """A connection whose work is committed when the block ends (for seeding apps and processes)."""
    with psycopg.connect(database_url, row_factory=dict_row) as conn:
        yield conn


@contextmanager
def review_client(settings: Settings, policy: ReviewPolicy | None = None) -> Iterator[Any]:
    """The app in-process on ``settings.database_url``, with the given review policy."""
    from fastapi.testclient import TestClient

    from services.api.app import create_app

    app = create_app(settings)
    if policy is not None:
        app.state.review_policy = policy
    with TestClient(app, raise_server_exceptions=False) as client:
        yield client


def make_claims(conn: Connection[Any], article_id: UUID, count: int, **overrides: Any) -> None:
    """Many queued claims at once (for load and concurrency tests), numbered in their text."""
    rows = []
    for ordinal in range(count):
        text = f"Claim number {ordinal} says something checkable."
        checkworthiness = overrides.get("checkworthiness", 0.5 + (ordinal % 50) / 100)
        key = f"claim-{article_id}-{ordinal}"
        rows.append(claim_row(article_id, ordinal, text, checkworthiness, claim_key=key))
    claims_repo.replace_for_article(conn, article_id, rows)
