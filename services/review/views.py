"""Read models of the desk: one claim with its evidence and verdicts, its history, the approvals
waiting, and an article's claims."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any
from uuid import UUID

from psycopg import Connection

from schemas.claims import ClaimOut
from schemas.review import ClaimReviewOut, HistoryEvent
from services.articles import service as articles
from services.claims.service import to_claim_out
from services.errors import NotFound
from services.review import repository as repo
from services.review.common import etag, existing_claim, to_evidence_out, to_verdict_out
from services.review.policy import ReviewPolicy


def claim_review(conn: Connection[Any], policy: ReviewPolicy, claim_id: UUID) -> ClaimReviewOut:
    row = repo.get_claim(conn, claim_id)
    if row is None:
        raise NotFound(f"no claim {claim_id}")
    return ClaimReviewOut(
        claim=to_claim_out(row),
        article_title=row["article_title"],
        article_body=row["article_body"],
        dismissed_reason=row["dismissed_reason"],
        assignee_id=row["assignee_id"],
        leased_by=row["leased_by"],
        lease_expires_at=row["lease_expires_at"],
        evidence=[to_evidence_out(e) for e in repo.list_evidence(conn, claim_id)],
        verdicts=[to_verdict_out(v, policy) for v in repo.list_verdicts(conn, claim_id)],
        etag=etag(row["version"]),
    )


def history(conn: Connection[Any], claim_id: UUID) -> list[HistoryEvent]:
    existing_claim(conn, claim_id)
    return [HistoryEvent(**row) for row in repo.claim_history(conn, claim_id)]


def pending_approvals(conn: Connection[Any], policy: ReviewPolicy, limit: int = 100) -> list[ClaimReviewOut]:
    return [claim_review(conn, policy, row["claim_id"]) for row in repo.pending_approvals(conn, limit)]


@dataclass(frozen=True)
class ArticleReview:
    article_id: UUID
    title: str | None
    status: str
    claims: list[ClaimOut]


def article_review(conn: Connection[Any], article_id: UUID) -> ArticleReview:
    article = articles.get_article(conn, article_id, 0.0)
    claims = [to_claim_out(r) for r in repo.article_claims(conn, article_id)]
    return ArticleReview(article_id=article.id, title=article.title, status=article.status, claims=claims)
