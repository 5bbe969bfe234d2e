"""An extraction run: claim the article, prepare its text, run the engine, replace its claims.

Safe to run twice or concurrently: the article is claimed with a conditional UPDATE that hands out a
fresh token, and the claims are written in one transaction only while that token still holds. A
rerun after success finds the article no longer ``received``/``extracting`` and does nothing.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from typing import Any, Literal, Protocol
from uuid import UUID, uuid4

import httpx
from psycopg.types.json import Jsonb
from psycopg_pool import ConnectionPool

from schemas.claims import ExtractedClaim
from services.articles import repository as articles_repo
from services.articles.fetching import FetchPolicy, fetch
from services.articles.text import Page, clean_text, html_to_page
from services.claim_extraction.dates import stated_date
from services.claims import repository as claims_repo
from services.errors import FetchError

Outcome = Literal["extracted", "skipped", "superseded", "failed"]
MAX_ATTEMPTS = 5


class ClaimEngine(Protocol):
    def extract(self, text: str, published_at: date | None = None) -> list[ExtractedClaim]: ...


@dataclass(frozen=True)
class ExtractionDeps:
    engine: ClaimEngine
    engine_version: str
    fetch_policy: FetchPolicy
    min_checkworthiness: float = 0.5
    transport: httpx.BaseTransport | None = None


class PermanentFailure(Exception):
    """The article cannot be turned into text; retrying will not help."""


def prepare_text(row: dict[str, Any], deps: ExtractionDeps) -> Page:
    """The stored text (and, for HTML, the page's metadata) of a claimed article row."""
    if row["source_kind"] == "text":
        return Page(text=row["body"])
    if row["source_kind"] == "html":
        html = row["source_html"]
    else:
        try:
            fetched = fetch(row["url"], deps.fetch_policy, deps.transport)
        except FetchError as exc:
            raise PermanentFailure(str(exc)) from exc
        html = fetched.text
        if "html" not in fetched.content_type and "<" not in html[:1000]:
            return Page(text=clean_text(html))
    page = html_to_page(html)
    if not page.text.strip():
        raise PermanentFailure("no main text could be extracted from the HTML")
    return page


def claim_rows(
    article_id: UUID, text: str, claims: list[ExtractedClaim], deps: ExtractionDeps, article_priority: float
) -> list[dict[str, Any]]:
    rows = []
    for ordinal, claim in enumerate(claims):
        queued = claim.checkworthiness >= deps.min_checkworthiness
        rows.append(
            {
                "article_id": article_id,
                "ordinal": ordinal,
                "span_start": claim.start,
                "span_end": claim.end,
                "sentence_start": claim.sentence_start,
                "sentence_end": claim.sentence_end,
                "text": claim.text,
                "source_text": text[claim.start : claim.end],
                "type": claim.type.value,
                "checkworthiness": claim.checkworthiness,
                "facets": Jsonb(claim.facets.model_dump(mode="json")),
                "claim_key": claim.claim_key,
                "also_at": Jsonb([span.model_dump() for span in claim.also_at]),
                "status": "queued" if queued else "dismissed",
                "dismissed_reason": None if queued else "below the check-worthiness threshold",
                "priority": claim.checkworthiness + article_priority,
                "engine_version": deps.engine_version,
            }
        )
    return rows


def publication_date(row: dict[str, Any], page: Page) -> date:
    """What relative dates resolve against: the submitted date, else the page's metadata, else the
    date the text states near its top ("Published March 3, 2025"), else the day it was submitted."""
    if row["published_at"] is not None:
        submitted: datetime = row["published_at"]
        return submitted.date()
    if page.published is not None:
        return page.published
    if (stated := stated_date(page.text)) is not None:
        return stated
    created: datetime = row["created_at"]
    return created.date()


def run_extraction(pool: ConnectionPool, deps: ExtractionDeps, article_id: UUID) -> Outcome:
    token = uuid4()
    with pool.connection() as conn:
        row = articles_repo.claim_for_extraction(conn, article_id, token)
    if row is None:
        return "skipped"
    if row["attempts"] > MAX_ATTEMPTS:
        with pool.connection() as conn:
            articles_repo.fail_extraction(conn, article_id, token, f"gave up after {MAX_ATTEMPTS} attempts")
        return "failed"
    try:
        page = prepare_text(row, deps)
    except PermanentFailure as exc:
        with pool.connection() as conn:
            articles_repo.fail_extraction(conn, article_id, token, str(exc))
        return "failed"
    text = page.text
    claims = deps.engine.extract(text, publication_date(row, page))
    with pool.connection() as conn:
        if not articles_repo.lock_claimed(conn, article_id, token):
            return "superseded"
        rows = claim_rows(article_id, text, claims, deps, float(row["priority"]))
        claims_repo.replace_for_article(conn, article_id, rows)
        status = "extracted" if any(r["status"] == "queued" for r in rows) else "complete"
        articles_repo.finish_extraction(
            conn,
            article_id,
            status=status,
            body=text,
            title=page.title,
            published_at=page.published,
            outlet=page.site,
            engine_version=deps.engine_version,
        )
    return "extracted"
