"""Article contracts: what a newsroom submits and what the API answers."""

from __future__ import annotations

from datetime import date, datetime
from typing import Literal
from uuid import UUID

from pydantic import BaseModel, ConfigDict, Field, HttpUrl, field_validator, model_validator

ArticleStatus = Literal["received", "extracting", "extracted", "in_review", "complete", "failed"]


class ArticleSubmit(BaseModel):
    """Exactly one of ``body`` (plain text), ``html`` or ``url``."""

    model_config = ConfigDict(extra="forbid", str_strip_whitespace=False)

    title: str | None = Field(None, max_length=1000)
    body: str | None = None
    html: str | None = None
    url: HttpUrl | None = None
    published_at: datetime | date | None = None
    outlet: str | None = Field(None, max_length=300)
    language: str = Field("en", pattern=r"^[a-z]{2,3}(-[A-Za-z0-9]{2,8})?$")
    external_id: str | None = Field(None, max_length=300)
    priority: float = Field(0.0, ge=-10, le=10)

    @field_validator("body", "html")
    @classmethod
    def _not_blank(cls, value: str | None) -> str | None:
        if value is not None and not value.strip():
            raise ValueError("must not be empty")
        return value

    @field_validator("url")
    @classmethod
    def _http_only(cls, value: HttpUrl | None) -> HttpUrl | None:
        if value is not None and value.scheme not in ("http", "https"):
            raise ValueError("only http and https URLs are accepted")
        return value

    @model_validator(mode="after")
    def _exactly_one_source(self) -> ArticleSubmit:
        given = [name for name in ("body", "html", "url") if getattr(self, name) is not None]
        if len(given) != 1:
            raise ValueError("give exactly one of body, html or url")
        return self


class Links(BaseModel):
    self: str
    claims: str


class ArticleAccepted(BaseModel):
    id: UUID
    status: ArticleStatus
    duplicate: bool = False
    links: Links


class ClaimCounts(BaseModel):
    total: int = 0
    checkworthy: int = 0
    by_status: dict[str, int] = Field(default_factory=dict)


class ArticleOut(BaseModel):
    id: UUID
    title: str | None
    body: str | None = Field(None, description="the stored text that claim offsets refer to")
    source_kind: Literal["text", "html", "url"]
    url: str | None
    outlet: str | None
    published_at: datetime | None
    language: str
    external_id: str | None
    status: ArticleStatus
    error: str | None
    priority: float
    engine_version: str | None
    counts: ClaimCounts
    created_at: datetime
    updated_at: datetime
    links: Links
