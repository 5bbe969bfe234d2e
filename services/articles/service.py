"""Article submission and reads. Services take a connection and never commit: the caller does."""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass
from typing import Any
from uuid import UUID

from psycopg import Connection

from schemas.articles import ArticleAccepted, ArticleOut, ArticleSubmit, ClaimCounts, Links
from schemas.keys import Principal
from services.articles import repository as repo
from services.articles.fetching import refused_literal_host
from services.articles.text import clean_text, content_hash
from services.errors import Conflict, NotFound, Unprocessable

EXTRACT_TASK = "articles.extract_article"


@dataclass(frozen=True)
class Submitted:
    status_code: int
    body: dict[str, Any]
    replayed: bool = False


def links_for(article_id: UUID) -> Links:
    return Links(self=f"/v1/articles/{article_id}", claims=f"/v1/articles/{article_id}/claims")


def request_hash(payload: ArticleSubmit) -> bytes:
    canonical = json.dumps(payload.model_dump(mode="json"), sort_keys=True, separators=(",", ":"))
    return hashlib.sha256(canonical.encode()).digest()


def submit_article(
    conn: Connection[Any],
    principal: Principal,
    payload: ArticleSubmit,
    idempotency_key: str | None = None,
    *,
    allow_private_urls: bool = False,
) -> Submitted:
    """Store the article and its extraction task in the caller's transaction.

    The same content twice gives the first article back (``duplicate``); an ``Idempotency-Key``
    replays the first response for the same payload and refuses another payload with 409.
    """
    if payload.url is not None and not allow_private_urls:
        host = refused_literal_host(str(payload.url))
        if host:
            raise Unprocessable(f"{host} is not a public address; ClaimDesk fetches only public URLs")
    if idempotency_key is not None:
        digest = request_hash(payload)
        if not repo.insert_idempotency(conn, principal.key_id, idempotency_key, digest):
            earlier = repo.get_idempotency(conn, principal.key_id, idempotency_key)
            if earlier is None or bytes(earlier["request_hash"]) != digest:
                raise Conflict("this Idempotency-Key was used with another payload")
            return Submitted(int(earlier["status_code"]), earlier["response"], replayed=True)

    if payload.body is not None:
        kind, content = "text", clean_text(payload.body)
    elif payload.html is not None:
        kind, content = "html", clean_text(payload.html)
    else:
        kind, content = "url", str(payload.url)
    digest_content = content_hash(kind, content)
    row = repo.insert_article(
        conn,
        title=clean_text(payload.title) if payload.title else None,
        body=content if kind == "text" else None,
        source_kind=kind,
        source_html=content if kind == "html" else None,
        url=content if kind == "url" else None,
        outlet=payload.outlet,
        published_at=payload.published_at,
        language=payload.language,
        external_id=payload.external_id,
        content_hash=digest_content,
        priority=payload.priority,
        submitted_by=principal.key_id,
        task=EXTRACT_TASK,
    )
    duplicate = row is None
    if row is None:
        row = repo.find_by_hash(conn, digest_content)
        assert row is not None, "a conflicting article must exist"
    accepted = ArticleAccepted(
        id=row["id"], status=row["status"], duplicate=duplicate, links=links_for(row["id"])
    )
    body = accepted.model_dump(mode="json")
    if idempotency_key is not None:
        repo.save_idempotency_response(conn, principal.key_id, idempotency_key, 202, body)
    return Submitted(202, body)


def get_article(conn: Connection[Any], article_id: UUID, min_score: float) -> ArticleOut:
    row = repo.get_article(conn, article_id, min_score)
    if row is None:
        raise NotFound(f"no article {article_id}")
    counts = ClaimCounts(total=row["total"], checkworthy=row["checkworthy"], by_status=row["by_status"])
    return ArticleOut(**row, counts=counts, links=links_for(article_id))


def ensure_exists(conn: Connection[Any], article_id: UUID) -> None:
    if not repo.exists(conn, article_id):
        raise NotFound(f"no article {article_id}")
