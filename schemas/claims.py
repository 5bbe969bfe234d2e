"""Claim contracts: what the extraction engine produces and what the API returns.

The engine (services.claim_extraction) returns ``ExtractedClaim`` objects; the store keeps them
(facets as jsonb) and the API returns ``ClaimOut``. Offsets are character offsets into the stored
article text: ``text[start:end]`` is the claim's source span.
"""

from __future__ import annotations

from datetime import datetime
from enum import StrEnum
from typing import Literal
from uuid import UUID

from pydantic import BaseModel, ConfigDict, Field


class ClaimType(StrEnum):
    """After Full Fact's claim typology (see services/claim_extraction/README.md)."""

    QUANTITY = "quantity"
    QUOTE = "quote"
    EVENT = "event"
    CAUSAL = "causal"
    COMPARISON = "comparison"
    PREDICTION = "prediction"
    RULE = "rule"
    OTHER = "other"


class Span(BaseModel):
    model_config = ConfigDict(frozen=True)

    start: int = Field(ge=0)
    end: int = Field(ge=0)


class QuantityFacet(BaseModel):
    text: str
    value: float
    unit: str | None = None
    # the text does not give the exact figure: a hedge ("about 11,000"), or a bound on a figure counted or
    # estimated ("more than 1,100 investors"; not a rule's threshold or a cap, "up to 20 years")
    approximate: bool = False
    bound: Literal["lower", "upper", "exact"] | None = None
    # for ranges ("between 5 and 10 percent"): value is the low end, value_max the high end
    value_max: float | None = None
    currency: str | None = None
    # a rate's denominator: "$6.99 a month" -> "month", "20 cents a gallon" -> "gallon"
    per: str | None = None
    start: int
    end: int


class DateFacet(BaseModel):
    text: str
    # ISO 8601, as precise as the text allows: "2025-05-15", "2022-04", "2024"
    value: str
    end_value: str | None = None  # for ranges such as "May 8-10"
    start: int
    end: int


class QuoteFacet(BaseModel):
    text: str
    speaker: str | None = None
    start: int | None = None
    end: int | None = None


class EntityFacet(BaseModel):
    text: str
    label: str
    start: int
    end: int


class Facets(BaseModel):
    quantities: list[QuantityFacet] = Field(default_factory=list)
    dates: list[DateFacet] = Field(default_factory=list)
    quote: QuoteFacet | None = None
    entities: list[EntityFacet] = Field(default_factory=list)
    # who the text says made the claim when it reports it without quotation marks ("Harlan said the
    # project would be funded by a loan" -> "Scott Harlan"); a quotation's speaker is ``quote.speaker``
    claimant: str | None = None


class ExtractedClaim(BaseModel):
    """One atomic, check-worthy-or-not statement as the engine sees it."""

    start: int = Field(ge=0)
    end: int = Field(ge=0)
    text: str  # stand-alone rewording (pronouns resolved); the source is article[start:end]
    sentence_start: int = Field(ge=0)
    sentence_end: int = Field(ge=0)
    type: ClaimType = ClaimType.OTHER
    checkworthiness: float = Field(ge=0.0, le=1.0)
    facets: Facets = Field(default_factory=Facets)
    claim_key: str  # normalised key for matching the same claim across articles
    # other spans of the same article that state this claim (headline restating the lede)
    also_at: list[Span] = Field(default_factory=list)


class ClaimOut(BaseModel):
    id: UUID
    article_id: UUID
    start: int
    end: int
    text: str
    source_text: str
    sentence_start: int
    sentence_end: int
    type: ClaimType
    checkworthiness: float
    facets: Facets
    claim_key: str
    also_at: list[Span]
    status: str
    priority: float
    version: int
    created_at: datetime
    updated_at: datetime


class ClaimPage(BaseModel):
    items: list[ClaimOut]
    next_cursor: str | None = None
