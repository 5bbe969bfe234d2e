"""Review policy: lease length, approval quorum, citation rules and the publisher's rating scale.

Read from the environment (prefix ``CLAIMDESK_``) once at an edge, like ``services.settings``, and
passed down as a value.
"""

from __future__ import annotations

from pydantic import BaseModel, Field, model_validator
from pydantic_settings import BaseSettings, SettingsConfigDict


class RatingStep(BaseModel):
    """One rating of the newsroom's scale and its numeric ClaimReview ``ratingValue``."""

    name: str = Field(min_length=1, max_length=60)
    value: int


DEFAULT_SCALE = [
    RatingStep(name="True", value=5),
    RatingStep(name="Mostly true", value=4),
    RatingStep(name="Half true", value=3),
    RatingStep(name="Mostly false", value=2),
    RatingStep(name="False", value=1),
]


class ReviewPolicy(BaseSettings):
    model_config = SettingsConfigDict(env_prefix="CLAIMDESK_", extra="ignore")

    lease_seconds: int = Field(
        1800, gt=0, le=86_400, description="how long a lease lasts without a heartbeat"
    )
    lease_sweep_seconds: float = Field(60.0, gt=0, description="how often beat returns expired leases")
    lease_sweep_batch: int = Field(1000, gt=0, description="expired leases returned per sweep statement")
    lease_async_commit: bool = Field(
        True, description="lease and heartbeat transactions commit without waiting for the WAL flush"
    )
    approval_quorum: int = Field(1, ge=1, le=10, description="editors (not the author) who must approve")
    min_citations: int = Field(1, ge=0, description="citations every verdict needs")
    refuted_min_publishers: int = Field(2, ge=0, description="independent publishers a 'refuted' needs")
    rating_scale: list[RatingStep] = Field(default_factory=lambda: list(DEFAULT_SCALE))
    similar_min_overlap: float = Field(
        0.6, gt=0, le=1, description="share of words two claims must have in common to count as similar"
    )
    similar_limit: int = Field(10, gt=0, le=100)
    similar_scan_limit: int = Field(
        500, gt=0, description="most recent published claims sharing a rare word that are scored"
    )

    @model_validator(mode="after")
    def _scale_is_usable(self) -> ReviewPolicy:
        names = [step.name.casefold() for step in self.rating_scale]
        if not names or len(set(names)) != len(names):
            raise ValueError("rating_scale needs at least one rating and unique names")
        return self

    def rating_step(self, name: str) -> RatingStep | None:
        """The scale's rating of that name (case-insensitive)."""
        for step in self.rating_scale:
            if step.name.casefold() == name.casefold():
                return step
        return None

    @property
    def best_rating(self) -> int:
        return max(step.value for step in self.rating_scale)

    @property
    def worst_rating(self) -> int:
        return min(step.value for step in self.rating_scale)
