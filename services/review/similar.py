"""Similar claims: prior published verdicts a checker can reuse.

Candidates share the normalised ``claim_key`` or enough words (Postgres full text over the claim's
lexemes; no pg_trgm needed). A candidate is never offered when its numbers or dates differ from the
claim's: "unemployment fell to 4%" and "unemployment fell to 5%" are different claims.
"""

from __future__ import annotations

import math
from typing import Any
from uuid import UUID

from psycopg import Connection

from schemas.review import SimilarClaim
from services.errors import NotFound
from services.review import repository as repo
from services.review.common import to_verdict_out
from services.review.policy import ReviewPolicy


def _quantities(facets: dict[str, Any]) -> list[float]:
    return sorted(float(q["value"]) for q in facets.get("quantities") or [] if q.get("value") is not None)


def _dates(facets: dict[str, Any]) -> list[str]:
    return sorted(str(d["value"]) for d in facets.get("dates") or [] if d.get("value"))


def same_facts(a: dict[str, Any], b: dict[str, Any]) -> bool:
    """True when both claims state the same numbers and the same dates."""
    qa, qb = _quantities(a), _quantities(b)
    if len(qa) != len(qb) or not all(
        math.isclose(x, y, rel_tol=1e-9, abs_tol=1e-9) for x, y in zip(qa, qb, strict=True)
    ):
        return False
    return _dates(a) == _dates(b)


def probe_words(words: list[str], min_overlap: float) -> list[str]:
    """Words of which a similar claim must contain at least one.

    A claim sharing at least ``ceil(min_overlap * n)`` of our ``n`` words misses at most
    ``n - ceil(min_overlap * n)`` of them, so it contains one of any ``n - ceil(min_overlap * n) + 1``
    of our words. Taking the longest (usually the rarest) keeps the full-text candidate set small
    without losing any claim above the threshold.
    """
    n = len(words)
    if n == 0:
        return []
    needed = math.ceil(min_overlap * n - 1e-9)
    return sorted(words, key=lambda w: (-len(w), w))[: n - needed + 1]


def similar_claims(conn: Connection[Any], policy: ReviewPolicy, claim_id: UUID) -> list[SimilarClaim]:
    claim = repo.claim_words(conn, claim_id)
    if claim is None:
        raise NotFound(f"no claim {claim_id}")
    words = list(claim["words"])
    candidates = repo.similar_candidates(
        conn,
        claim_id,
        claim_key=claim["claim_key"],
        words=words,
        probe=probe_words(words, policy.similar_min_overlap),
        min_overlap=policy.similar_min_overlap,
        limit=policy.similar_limit * 5,
        scan_limit=policy.similar_scan_limit,
    )
    kept = [c for c in candidates if same_facts(claim["facets"], c["facets"])][: policy.similar_limit]
    if not kept:
        return []
    verdicts = {v["claim_id"]: v for v in repo.published_verdicts_for(conn, [c["id"] for c in kept])}
    return [
        SimilarClaim(
            claim_id=c["id"],
            article_id=c["article_id"],
            text=c["text"],
            match="claim_key" if c["same_key"] else "text",
            similarity=1.0 if c["same_key"] else round(float(c["overlap"]), 3),
            verdict=to_verdict_out(verdicts[c["id"]], policy),
        )
        for c in kept
        if c["id"] in verdicts
    ]
