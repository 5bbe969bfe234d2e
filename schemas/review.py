"""Review desk contracts: queue items, leases, evidence, verdicts, approvals, history, similar claims."""

from __future__ import annotations

from datetime import datetime
from enum import StrEnum
from typing import Any, Literal
from uuid import UUID

from pydantic import BaseModel, ConfigDict, Field, HttpUrl, field_validator, model_validator

from schemas.claims import ClaimOut

ClaimStatus = Literal["queued", "leased", "awaiting_approval", "published", "dismissed"]
Stance = Literal["supports", "refutes", "context"]


class VerdictLabel(StrEnum):
    SUPPORTED = "supported"
    REFUTED = "refuted"
    MISLEADING = "misleading"
    UNPROVEN = "unproven"
    NOT_CHECKABLE = "not_checkable"


class QueueItem(BaseModel):
    claim: ClaimOut
    article_title: str | None
    outlet: str | None
    language: str
    assignee_id: UUID | None
    leased_by: UUID | None
    lease_expires_at: datetime | None
    dismissed_reason: str | None


class QueuePage(BaseModel):
    items: list[QueueItem]
    next_cursor: str | None = None


class Lease(BaseModel):
    claim: ClaimOut
    lease_token: UUID
    expires_at: datetime
    etag: str


class PriorityIn(BaseModel):
    model_config = ConfigDict(extra="forbid")
    priority: float = Field(ge=-10, le=10)


class ArticlePriority(BaseModel):
    id: UUID
    priority: float
    claims_updated: int


class EvidenceIn(BaseModel):
    """A citation: question → answer → source, as in AVeriTeC. ``retrieved_at`` is set by the server."""

    model_config = ConfigDict(extra="forbid", str_strip_whitespace=True)

    url: HttpUrl
    title: str | None = Field(None, max_length=1000)
    publisher: str | None = Field(None, max_length=300)
    published_at: datetime | None = None
    quote: str | None = Field(None, max_length=10_000)
    stance: Stance
    question: str | None = Field(None, max_length=2000)
    answer: str | None = Field(None, max_length=10_000)

    @field_validator("url")
    @classmethod
    def _http_only(cls, value: HttpUrl) -> HttpUrl:
        if value.scheme not in ("http", "https"):
            raise ValueError("only http and https URLs are accepted")
        return value

    @model_validator(mode="after")
    def _answer_needs_question(self) -> EvidenceIn:
        if self.answer and not self.question:
            raise ValueError("an answer needs the question it answers")
        return self


class EvidenceOut(BaseModel):
    id: UUID
    claim_id: UUID
    url: str
    title: str | None
    publisher: str | None
    published_at: datetime | None
    quote: str | None
    stance: Stance
    question: str | None
    answer: str | None
    added_by: UUID | None
    retrieved_at: datetime


class VerdictIn(BaseModel):
    model_config = ConfigDict(extra="forbid", str_strip_whitespace=True)

    label: VerdictLabel
    rating: str = Field(min_length=1, max_length=60, description="a rating of the configured scale")
    conclusion: str = Field(min_length=1, max_length=400, description="one sentence")
    explanation: str = Field(min_length=1, max_length=20_000)
    citations: list[UUID] = Field(
        default_factory=list, max_length=50, description="evidence ids of the claim"
    )

    @field_validator("conclusion")
    @classmethod
    def _one_sentence(cls, value: str) -> str:
        if "\n" in value or "\r" in value:
            raise ValueError("the conclusion is one sentence on one line")
        return value

    @field_validator("citations")
    @classmethod
    def _unique(cls, value: list[UUID]) -> list[UUID]:
        if len(set(value)) != len(value):
            raise ValueError("cite each piece of evidence once")
        return value


class Citation(BaseModel):
    evidence_id: UUID
    url: str
    title: str | None = None
    publisher: str | None = None
    stance: Stance


class VerdictOut(BaseModel):
    id: UUID
    claim_id: UUID
    version: int
    label: VerdictLabel
    rating: str
    rating_value: float | None
    best_rating: int
    worst_rating: int
    conclusion: str
    explanation: str
    citations: list[Citation]
    status: Literal["awaiting_approval", "sent_back", "published", "superseded"]
    author_id: UUID | None
    approvals: list[UUID] = Field(default_factory=list)
    review_comment: str | None = None
    created_at: datetime
    published_at: datetime | None = None


class ReviewComment(BaseModel):
    model_config = ConfigDict(extra="forbid", str_strip_whitespace=True)
    comment: str = Field(min_length=1, max_length=5000)


class ApprovalOut(BaseModel):
    claim: ClaimOut
    verdict: VerdictOut
    approvals: int
    quorum: int
    published: bool


class DismissIn(BaseModel):
    model_config = ConfigDict(extra="forbid", str_strip_whitespace=True)
    reason: str = Field(min_length=1, max_length=1000)


class AssignIn(BaseModel):
    model_config = ConfigDict(extra="forbid")
    assignee_id: UUID | None = Field(description="an active checker's key id; null to unassign")


class BulkIn(BaseModel):
    model_config = ConfigDict(extra="forbid", str_strip_whitespace=True)

    action: Literal["assign", "dismiss"]
    claim_ids: list[UUID] = Field(min_length=1, max_length=1000)
    assignee_id: UUID | None = None
    reason: str | None = Field(None, min_length=1, max_length=1000)

    @model_validator(mode="after")
    def _fields_for_action(self) -> BulkIn:
        if self.action == "dismiss" and not self.reason:
            raise ValueError("a bulk dismissal needs a reason")
        if len(set(self.claim_ids)) != len(self.claim_ids):
            raise ValueError("claim_ids repeat")
        return self


class BulkResult(BaseModel):
    action: Literal["assign", "dismiss"]
    done: list[UUID]
    skipped: list[UUID] = Field(description="claims not found or not in a state the action applies to")


class ClaimReviewOut(BaseModel):
    """One claim as the desk sees it: the claim, its lease holder, evidence and verdict versions."""

    claim: ClaimOut
    article_title: str | None
    article_body: str | None
    dismissed_reason: str | None
    assignee_id: UUID | None
    leased_by: UUID | None
    lease_expires_at: datetime | None
    evidence: list[EvidenceOut]
    verdicts: list[VerdictOut]
    etag: str


class HistoryEvent(BaseModel):
    id: int
    action: str
    actor_id: UUID | None
    actor_name: str | None
    at: datetime
    before: dict[str, Any] | None
    after: dict[str, Any] | None


class SimilarClaim(BaseModel):
    claim_id: UUID
    article_id: UUID
    text: str
    match: Literal["claim_key", "text"]
    similarity: float
    verdict: VerdictOut


class VerdictSubmitted(BaseModel):
    claim: ClaimOut
    verdict: VerdictOut
