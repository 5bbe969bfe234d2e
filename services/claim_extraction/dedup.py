"""Deduplication inside one article.

* The same claim stated twice (same ``claim_key`` of three terms or more, and same speaker: in a
  transcript two speakers saying it are two claims) is kept once, at its first place in the body,
  with the other span in ``also_at``.
* A headline (the article's, or a live blog entry's) that restates the lede (the five claims after it)
  is folded into the body claim it overlaps most: at least three
  shared content terms and 40% of the headline's terms (terms are crudely stemmed so that headline
  case and inflection, "Rejects Ceasefire Call" vs "rejected calls", still match), and one of the
  headline's amounts, if it states any.
"""

from __future__ import annotations

import bisect
from collections.abc import Sequence
from dataclasses import dataclass, field

from schemas.claims import ExtractedClaim, Span

HEADLINE_MIN_SHARED = 3
HEADLINE_MIN_SHARE = 0.4
LEDE_SENTENCES = 5
# a key of one or two terms ("not": "It won't be much.", "They never do.") says too little to merge on
MIN_KEY_TERMS = 3


def stem(term: str) -> str:
    """A crude stem for fuzzy headline matching only (claim keys use real lemmas)."""
    term = term.lower()
    if len(term) > 3 and term.endswith("s") and not term.endswith("ss"):
        term = term[:-1]
    return term[:6]


@dataclass
class Candidate:
    """A claim under construction with the terms used to match it."""

    claim: ExtractedClaim
    terms: frozenset[str]
    is_title: bool = False
    also_at: list[Span] = field(default_factory=list)


def deduplicate(candidates: Sequence[Candidate]) -> list[ExtractedClaim]:
    """Merge repeated claims and headline restatements; keep text order of the survivors."""
    kept: list[Candidate] = []
    by_key: dict[tuple[str, str | None], Candidate] = {}
    titles = [c for c in candidates if c.is_title]
    body = [c for c in candidates if not c.is_title]
    for cand in body:
        # in a transcript, two speakers saying the same thing are two claims
        key = (cand.claim.claim_key, cand.claim.facets.quote.speaker if cand.claim.facets.quote else None)
        same = by_key.get(key)
        if same is not None and len(cand.claim.claim_key.split()) >= MIN_KEY_TERMS:
            same.also_at.append(Span(start=cand.claim.start, end=cand.claim.end))
            continue
        by_key[key] = cand
        kept.append(cand)
    # (the body's claims by start, searched per title: a page of thousands of entry headlines stays linear)
    in_order = sorted(kept, key=lambda c: c.claim.start)
    starts = [c.claim.start for c in in_order]
    for title in titles:
        # the article's headline restates its lede; a live blog entry's headline, the entry's start
        after = bisect.bisect_right(starts, title.claim.start)
        lede = in_order[after : after + LEDE_SENTENCES]
        agreeing = [c for c in lede if _amounts_agree(title.claim, c.claim)]
        best = max(agreeing, key=lambda c: len(title.terms & c.terms), default=None)
        shared = len(title.terms & best.terms) if best else 0
        if (
            best
            and title.terms
            and shared >= HEADLINE_MIN_SHARED
            and shared / len(title.terms) >= HEADLINE_MIN_SHARE
        ):
            best.also_at.append(Span(start=title.claim.start, end=title.claim.end))
        else:
            kept.append(title)
    kept.sort(key=lambda c: c.claim.start)
    return [c.claim.model_copy(update={"also_at": c.also_at}) for c in kept]


def _amounts_agree(title: ExtractedClaim, claim: ExtractedClaim) -> bool:
    """A headline with amounts restates only a claim that has one of them: "Glaciers lost a record
    4% of their volume" is not "Glaciers have lost 39% since 2000"."""
    stated = {round(q.value, 6) for q in title.facets.quantities}
    return not stated or bool(stated & {round(q.value, 6) for q in claim.facets.quantities})
